using Microsoft.Extensions.Logging;
using NetralBot.Bot.Common;

namespace NetralBot.Bot.Pledges;

/// <summary>Loads <c>ikrar.md</c> from the content folder once; null when missing or unreadable.</summary>
internal sealed class PledgeTextSource(ContentFolder content, ILogger<PledgeTextSource> logger)
{
    /// <summary>The file name inside the content folder.</summary>
    public const string FileName = "ikrar.md";

    private readonly Lazy<PledgeText?> _text = new(() => Load(content, logger));

    /// <summary>The pledge text, or null when the content folder has no valid <c>ikrar.md</c>.</summary>
    public PledgeText? Current => _text.Value;

    private static PledgeText? Load(ContentFolder content, ILogger logger)
    {
        var path = Path.Combine(content.Path, FileName);
        try
        {
            return PledgeTextParser.Parse(File.ReadAllText(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            logger.LogError("Pledge text {Path} is unavailable: {Reason}", path, exception.Message);
            return null;
        }
    }
}

using Microsoft.Extensions.Logging;
using NetralBot.Bot.Common;

namespace NetralBot.Bot.Pledges.Agencies;

/// <summary>
/// Loads <c>instansi.md</c> from the content folder once. Without the file every agency is accepted as typed (nothing is
/// flagged: there is no list to be missing from); a broken file is stopped at start-up by the content check.
/// </summary>
internal sealed class AgencyListSource(ContentFolder content, ILogger<AgencyListSource> logger)
{
    private readonly Lazy<AgencyList?> _list = new(() => Load(content, logger));

    /// <summary>The list, or null when the content folder has none.</summary>
    public AgencyList? Current => _list.Value;

    private static AgencyList? Load(ContentFolder content, ILogger logger)
    {
        var path = Path.Combine(content.Path, AgencyListParser.FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var list = AgencyListParser.Parse(File.ReadAllText(path), AgencyListParser.FileName, out var errors);
            if (errors.Count > 0)
            {
                logger.LogError("Agency list {Path} has {Count} errors; agencies are taken as typed", path, errors.Count);
                return null;
            }

            return list;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogError("Agency list {Path} is unavailable: {Reason}", path, exception.Message);
            return null;
        }
    }
}

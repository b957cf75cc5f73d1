using System.CommandLine;

namespace NetralBot.Bot.Cli;

/// <summary>The <c>kb</c> verb: lint and export of the knowledge base.</summary>
internal static class KbCommand
{
    public static Command Create() => new("kb", "Memeriksa dan mengekspor basis pengetahuan.");
}

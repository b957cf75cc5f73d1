using System.CommandLine;

namespace NetralBot.Bot.Cli;

/// <summary>The <c>ask</c> verb.</summary>
internal static class AskCommand
{
    public static Command Create() => new("ask", "Menjawab pertanyaan dari basis pengetahuan.");
}

namespace NetralBot.Bot.Hosting;

/// <summary>Content files have errors; the process stops before it touches any stored data.</summary>
/// <param name="problems">One <c>file:line: message</c> per problem.</param>
internal sealed class ContentInvalidException(IReadOnlyList<string> problems)
    : Exception("Konten tidak valid:\n" + string.Join('\n', problems))
{
    /// <summary>The problems, one <c>file:line: message</c> each.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}

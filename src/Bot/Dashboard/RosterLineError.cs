namespace NetralBot.Bot.Dashboard;

/// <summary>One problem of an imported roster file.</summary>
/// <param name="Line">The line in the file (1 = the header).</param>
/// <param name="Message">What is wrong, in Indonesian.</param>
internal sealed record RosterLineError(int Line, string Message);

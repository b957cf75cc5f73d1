namespace NetralBot.Bot.Feedback;

/// <summary>The result of an admin's decision about a logged question, with the message the page shows.</summary>
/// <param name="Succeeded">False when nothing was stored.</param>
/// <param name="Message">Indonesian, for the admin.</param>
internal sealed record TriageOutcome(bool Succeeded, string Message);

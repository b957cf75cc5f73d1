namespace NetralBot.Bot.Broadcasts;

/// <summary>What a broadcast sends to each recipient.</summary>
/// <param name="JobId">The job it belongs to.</param>
/// <param name="Text">Plain text; the channel adapter escapes and formats it.</param>
/// <param name="ReminderKind">
/// A <see cref="NetralBot.Knowledge.Calendar.ReminderKinds"/> id for calendar reminders, null for an ad-hoc broadcast;
/// WhatsApp picks its template by it outside the 24-hour window.
/// </param>
internal sealed record BroadcastMessage(long JobId, string Text, string? ReminderKind);

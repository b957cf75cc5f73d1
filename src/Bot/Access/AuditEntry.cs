namespace NetralBot.Bot.Access;

/// <summary>One admin action in the audit log.</summary>
/// <param name="Actor">Who: <c>telegram:12345</c> or <c>cli</c>.</param>
/// <param name="Action">What, e.g. <c>broadcast.queue</c>, <c>stats</c>, <c>pledges.export</c>.</param>
/// <param name="Target">The target, e.g. <c>instansi:BKN</c> or a job id.</param>
/// <param name="Count">How many recipients or rows the action concerned.</param>
/// <param name="At">When (UTC).</param>
internal sealed record AuditEntry(string Actor, string Action, string Target, long Count, DateTimeOffset At);

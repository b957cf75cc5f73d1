namespace NetralBot.Bot.Dashboard;

/// <summary>What the audit page filters on; empty parts match everything.</summary>
/// <param name="Actor">Part of the actor (<c>telegram:123</c>), any case.</param>
/// <param name="Action">Part of the action (<c>broadcast</c>, <c>dashboard.sign-in</c>), any case.</param>
/// <param name="OnlyActor">Exactly this actor: an instansi admin sees only their own entries.</param>
internal sealed record AuditFilter(string? Actor, string? Action, string? OnlyActor = null);

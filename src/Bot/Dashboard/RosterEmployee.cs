namespace NetralBot.Bot.Dashboard;

/// <summary>One employee on an agency's roster (personal data: shown only to that agency's and super admins).</summary>
/// <param name="Nip">The 18-digit NIP, or a non-ASN staff id (which no pledge carries, so it never matches one).</param>
/// <param name="FullName">The name.</param>
/// <param name="WorkUnit">Unit kerja.</param>
internal sealed record RosterEmployee(string Nip, string FullName, string WorkUnit);

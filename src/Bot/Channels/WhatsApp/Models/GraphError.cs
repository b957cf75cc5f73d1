namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <param name="Message">Human-readable text.</param>
/// <param name="Type">E.g. <c>OAuthException</c>.</param>
/// <param name="Code">The error code, e.g. 131047 (outside the 24-hour window) or 130429 (throughput).</param>
/// <param name="ErrorSubcode">A finer code, if any.</param>
/// <param name="FbtraceId">Meta's trace id, for support requests.</param>
internal sealed record GraphError(string? Message, string? Type, int Code, int? ErrorSubcode, string? FbtraceId);

namespace NetralBot.Bot.Privacy;

/// <summary>Section <c>Privacy</c>, beside the pledge retention period (<c>PledgeOptions.RetentionDays</c>).</summary>
/// <param name="InboxPayloadRetentionDays">
/// Days a parked (unprocessable) Telegram or WhatsApp payload is kept for inspection before it is deleted
/// (<c>Privacy:InboxPayloadRetentionDays</c>); processed payloads are deleted at once anyway.
/// </param>
internal sealed record PrivacyOptions(int InboxPayloadRetentionDays)
{
    /// <summary>The default: 30 days.</summary>
    public static PrivacyOptions Default { get; } = new(30);

}

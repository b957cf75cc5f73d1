namespace NetralBot.Bot.Privacy;

/// <summary>Section <c>Privacy</c>, beside the pledge retention period (<c>PledgeOptions.RetentionDays</c>).</summary>
/// <param name="InboxPayloadRetentionDays">
/// Days a parked (unprocessable) Telegram or WhatsApp payload is kept for inspection before it is deleted
/// (<c>Privacy:InboxPayloadRetentionDays</c>); processed payloads are deleted at once anyway.
/// </param>
/// <param name="HashKey"><c>Privacy:HashKey</c>, the key of the NIP hash kept after erasure; never logged.</param>
internal sealed record PrivacyOptions(int InboxPayloadRetentionDays, string? HashKey = null)
{
    /// <summary>The defaults: 30 days, no key.</summary>
    public static PrivacyOptions Default { get; } = new(30);

    /// <inheritdoc />
    public override string ToString() =>
        $"PrivacyOptions {{ InboxPayloadRetentionDays = {InboxPayloadRetentionDays}, HashKey = {(HashKey is null ? "(none)" : "(set)")} }}";
}

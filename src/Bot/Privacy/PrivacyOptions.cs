namespace NetralBot.Bot.Privacy;

/// <summary>Retention periods (section <c>Privacy</c>).</summary>
/// <param name="PledgeRetentionDays">
/// Days after a pledge until its name, NIP and account are removed (<c>Privacy:PledgeRetentionDays</c>). 730 by default:
/// pledges are made up to about a year before an election's stages end, and reports of neutrality violations and the
/// disciplinary process that follows can take up to about a year after that; the agency needs its evidence until then.
/// </param>
/// <param name="InboxPayloadRetentionDays">
/// Days a parked (unprocessable) Telegram or WhatsApp payload is kept for inspection before it is deleted
/// (<c>Privacy:InboxPayloadRetentionDays</c>); processed payloads are deleted at once anyway.
/// </param>
/// <param name="HashKey"><c>Privacy:HashKey</c>, the key of the NIP hash kept after erasure; never logged.</param>
public sealed record PrivacyOptions(int PledgeRetentionDays, int InboxPayloadRetentionDays, string? HashKey = null)
{
    /// <summary>The defaults: 730 and 30 days, no key.</summary>
    public static PrivacyOptions Default { get; } = new(730, 30);

    /// <inheritdoc />
    public override string ToString() =>
        $"PrivacyOptions {{ PledgeRetentionDays = {PledgeRetentionDays}, InboxPayloadRetentionDays = {InboxPayloadRetentionDays}, HashKey = {(HashKey is null ? "(none)" : "(set)")} }}";
}

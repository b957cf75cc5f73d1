namespace NetralBot.Bot.Channels.WhatsApp;

/// <summary>Timing of the WhatsApp inbox worker.</summary>
/// <param name="PollInterval">
/// How often the inbox is read when nothing signalled (a safety net; the webhook signals), and the wait before a failed
/// payload is tried again.
/// </param>
internal sealed record WhatsAppInboxOptions(TimeSpan PollInterval)
{
    /// <summary>Five seconds: five attempts of a failing payload take about 20 s before it is parked.</summary>
    public static readonly WhatsAppInboxOptions Default = new(TimeSpan.FromSeconds(5));
}

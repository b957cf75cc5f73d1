using System.Text;
using Microsoft.Extensions.Logging;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Channels.WhatsApp.Models;
using NetralBot.Bot.Common;
using NetralBot.Bot.Subscribers;

namespace NetralBot.Bot.Channels.WhatsApp;

/// <summary>
/// The delivery engine's WhatsApp side. Inside the 24-hour customer-service window (the user wrote within the last
/// 24 hours) it sends free text; outside it, the template configured for the reminder kind (<c>WhatsApp:Templates:&lt;kind&gt;</c>,
/// or <c>default</c> for ad-hoc broadcasts) with the text as its one body parameter; with no template it reports
/// <see cref="DeliveryOutcomeKind.OutsideWindow"/> — a recipient is never dropped silently. One attempt per call: the
/// engine retries. An accepted message's <c>wamid</c> goes back with the outcome, because the Cloud API may still
/// report it failed later (e.g. 131047) through a status callback.
/// </summary>
internal sealed class WhatsAppBroadcastChannel(
    WhatsAppApiClient client,
    WhatsAppOptions options,
    ISubscriberStore subscribers,
    TimeProvider time,
    ILogger<WhatsAppBroadcastChannel> logger) : IBroadcastChannel
{
    /// <summary>The customer-service window after a user's last message.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    /// <summary>
    /// Free text is sent only while this much of the window is left, so a message queued for a few minutes does not
    /// arrive after the window closed (a 131047 then falls back to the template anyway).
    /// </summary>
    public static readonly TimeSpan WindowMargin = TimeSpan.FromMinutes(5);

    /// <summary>Meta's pair rate limit allows about one message per 6 seconds to one user.</summary>
    public static readonly TimeSpan PerChatInterval = TimeSpan.FromSeconds(6);

    /// <summary>Wait after a throughput limit (130429, 80007, 4).</summary>
    public static readonly TimeSpan ThroughputWait = TimeSpan.FromSeconds(5);

    /// <summary>Wait after the pair rate limit (131056), which cools down more slowly.</summary>
    public static readonly TimeSpan PairRateWait = TimeSpan.FromSeconds(30);

    /// <summary>The longest template parameter sent: the template's own words share the 1024-character body with it.</summary>
    public const int MaxTemplateParameter = 900;

    /// <inheritdoc />
    public Channel Channel => Channel.WhatsApp;

    /// <inheritdoc />
    public BroadcastChannelLimits Limits { get; } = new(options.RatePerSecond, PerChatInterval);

    /// <inheritdoc />
    public async Task<DeliveryOutcome> DeliverAsync(BroadcastMessage message, string chatId, CancellationToken cancellationToken)
    {
        var subscriber = await subscribers.FindAsync(Channel, chatId, cancellationToken);
        var template = options.TemplateFor(message.ReminderKind);
        if (IsInsideWindow(subscriber, time.GetUtcNow()))
        {
            var outcome = await SendAsync(MessageRequest.ForText(chatId, message.Text), cancellationToken);
            if (outcome.Kind != DeliveryOutcomeKind.OutsideWindow || template is null)
            {
                return outcome;
            }

            logger.LogInformation("WhatsApp window of {Recipient} closed earlier than recorded; sending template {Template}", WhatsAppIds.Mask(chatId), template);
        }

        if (template is null)
        {
            var key = message.ReminderKind ?? WhatsAppOptions.DefaultTemplateKey;
            return DeliveryOutcome.OutsideWindow(
                $"di luar jendela 24 jam WhatsApp dan WhatsApp:Templates:{key} belum diatur (pesan terakhir pengguna: {(subscriber is null ? "tidak ada" : subscriber.LastSeenAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture))})");
        }

        return await SendAsync(TemplateMessage(chatId, template, message.Text), cancellationToken);
    }

    /// <summary>
    /// True when free text may be sent to <paramref name="subscriber"/> at <paramref name="now"/>: they wrote within
    /// the <see cref="Window"/> less the <see cref="WindowMargin"/>. Unknown numbers are outside.
    /// </summary>
    public static bool IsInsideWindow(Subscriber? subscriber, DateTimeOffset now) =>
        subscriber is not null && now - subscriber.LastSeenAt < Window - WindowMargin;

    /// <summary>
    /// The template message: body component with one text parameter ({{1}}) holding the broadcast text, its line breaks
    /// and runs of spaces folded (Meta refuses new lines, tabs and more than four spaces in a row in a parameter).
    /// </summary>
    public MessageRequest TemplateMessage(string to, string template, string text) =>
        TemplateMessage(to, template, options.TemplateLanguage, text);

    /// <summary>The template message of <see cref="TemplateMessage(string, string, string)"/> in <paramref name="language"/>.</summary>
    public static MessageRequest TemplateMessage(string to, string template, string language, string text) =>
        MessageRequest.ForTemplate(to, new TemplateContent(
            template,
            new TemplateLanguage(language),
            [new TemplateComponent("body", [new TemplateParameter("text", TemplateParameterText(text))])]));

    /// <summary>Folds <paramref name="text"/> into a valid template parameter.</summary>
    public static string TemplateParameterText(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.AppendJoin(' ', line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));
        }

        return WhatsAppReplyRenderer.Truncate(builder.ToString(), MaxTemplateParameter);
    }

    private async Task<DeliveryOutcome> SendAsync(MessageRequest request, CancellationToken cancellationToken)
    {
        try
        {
            // The wamid's digest lets a later "failed" status callback correct the row (WhatsAppWebhookProcessor.ProcessStatusAsync)
            // without storing the wamid, which encodes the recipient's phone number.
            var messageId = await client.SendMessageAsync(request, cancellationToken);
            return messageId.Length > 0 ? DeliveryOutcome.SentWithId(WhatsAppMessageIdDigest.Of(messageId)) : DeliveryOutcome.Sent;
        }
        catch (WhatsAppApiException exception)
        {
            return ToOutcome(exception);
        }
    }

    /// <summary>How the engine should treat a Cloud API error.</summary>
    public static DeliveryOutcome ToOutcome(WhatsAppApiException exception)
    {
        var detail = $"{exception.Code} {exception.Description}";
        return exception switch
        {
            { IsOutsideWindow: true } => DeliveryOutcome.OutsideWindow(detail),
            { IsPairRateLimited: true } => DeliveryOutcome.RateLimited(PairRateWait, detail),
            { IsRateLimited: true } => DeliveryOutcome.RateLimited(ThroughputWait, detail),
            { IsTransient: true } => DeliveryOutcome.Transient(detail),
            // 131026 and other 4xx: WhatsApp has no reliable "blocked" signal, so the row fails without deactivating anyone.
            _ => DeliveryOutcome.Failed(detail),
        };
    }
}

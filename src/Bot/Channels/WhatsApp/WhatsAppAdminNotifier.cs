using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Channels.WhatsApp.Models;
using NetralBot.Bot.Common;
using NetralBot.Bot.Subscribers;

namespace NetralBot.Bot.Channels.WhatsApp;

/// <summary>
/// Sends broadcast reports to WhatsApp admins (actors <c>whatsapp:&lt;wa_id&gt;</c>); the admin's wa_id is the
/// recipient. The report follows the same 24-hour rule as a broadcast: free text while the admin's window is open,
/// else the <c>WhatsApp:Templates:default</c> template with the report as its parameter; with neither it throws,
/// and the engine logs the lost report. Uses the ordinary retrying client: one report may wait out a 130429 on its own.
/// </summary>
internal sealed class WhatsAppAdminNotifier(
    WhatsAppApiClient client,
    WhatsAppOptions options,
    ISubscriberStore subscribers,
    TimeProvider time) : IAdminNotifier
{
    /// <inheritdoc />
    public Channel Channel => Channel.WhatsApp;

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="userId"/> is not a wa_id.</exception>
    /// <exception cref="InvalidOperationException">The admin's window is closed and no default template is configured.</exception>
    /// <exception cref="WhatsAppApiException">The Cloud API refused the message.</exception>
    public async Task NotifyAsync(string userId, string text, CancellationToken cancellationToken)
    {
        if (userId.Length == 0 || !userId.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"\"{userId}\" is not a WhatsApp number (wa_id).", nameof(userId));
        }

        var template = options.TemplateFor(null);
        var admin = await subscribers.FindAsync(Channel, userId, cancellationToken);
        if (WhatsAppBroadcastChannel.IsInsideWindow(admin, time.GetUtcNow()))
        {
            try
            {
                await client.SendMessageAsync(
                    MessageRequest.ForText(userId, WhatsAppReplyRenderer.Truncate(text, WhatsAppLimits.TextBody)), cancellationToken);
                return;
            }
            catch (WhatsAppApiException exception) when (exception.IsOutsideWindow && template is not null)
            {
                // The window closed earlier than recorded: the template below still reaches the admin.
            }
        }

        if (template is null)
        {
            throw new InvalidOperationException(
                $"WhatsApp admin {WhatsAppIds.Mask(userId)} is outside the 24-hour window and WhatsApp:Templates:{WhatsAppOptions.DefaultTemplateKey} is not set");
        }

        await client.SendMessageAsync(WhatsAppBroadcastChannel.TemplateMessage(userId, template, options.TemplateLanguage, text), cancellationToken);
    }
}

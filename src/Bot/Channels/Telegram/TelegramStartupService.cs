using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace NetralBot.Bot.Channels.Telegram;

/// <summary>
/// After start: publishes the command menu and, in webhook mode with <c>Telegram:WebhookUrl</c>, registers the webhook.
/// Runs in the background so an unreachable API never delays the HTTP endpoints.
/// </summary>
internal sealed class TelegramStartupService(TelegramApiClient client, TelegramOptions options, ILogger<TelegramStartupService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        try
        {
            await client.SetMyCommandsAsync(
                [
                    new BotCommand("start", "Mulai dan kenali NetralBot"),
                    new BotCommand("topik", "Daftar topik yang bisa ditanyakan"),
                    new BotCommand("ikrar", "Ucapkan ikrar netralitas"),
                    new BotCommand("status", "Lihat ikrar dan kode bukti Anda"),
                    new BotCommand("batal", "Batalkan proses yang berjalan"),
                    new BotCommand("berhenti", "Berhenti menerima pengingat dan siaran"),
                    new BotCommand("mulai", "Kembali menerima pengingat dan siaran"),
                    new BotCommand("zona", "Atur zona waktu pengingat: WIB, WITA atau WIT"),
                    new BotCommand("help", "Bantuan"),
                ],
                cancellationToken);
        }
        catch (Exception exception) when (TelegramErrors.IsCallFailure(exception))
        {
            logger.LogWarning("setMyCommands failed: {Error}", TelegramErrors.Describe(exception));
        }

        if (options.Mode == TelegramMode.Webhook)
        {
            if (options.WebhookUrl is null)
            {
                logger.LogInformation("Webhook mode without Telegram:WebhookUrl: register the webhook yourself (setWebhook with secret_token)");
                return;
            }

            try
            {
                await client.SetWebhookAsync(options.WebhookUrl, options.WebhookSecret, cancellationToken);
                logger.LogInformation("Webhook registered");
            }
            catch (Exception exception) when (TelegramErrors.IsCallFailure(exception))
            {
                logger.LogError("setWebhook failed: {Error}", TelegramErrors.Describe(exception));
            }
        }
    }
}

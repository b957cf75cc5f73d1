using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NetralBot.Bot.Channels.Telegram.Models;

namespace NetralBot.Bot.Channels.Telegram;

/// <summary>
/// After start: publishes the command menu and, in webhook mode with <c>Telegram:WebhookUrl</c>, registers the webhook.
/// Runs in the background so an unreachable API never delays the HTTP endpoints.
/// </summary>
public sealed class TelegramStartupService(TelegramApiClient client, TelegramOptions options, ILogger<TelegramStartupService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        try
        {
            await client.SetMyCommandsAsync(
                new SetMyCommandsRequest([
                    new TelegramBotCommand("start", "Mulai dan kenali NetralBot"),
                    new TelegramBotCommand("ikrar", "Ucapkan ikrar netralitas"),
                    new TelegramBotCommand("status", "Lihat ikrar dan kode bukti Anda"),
                    new TelegramBotCommand("batal", "Batalkan proses yang berjalan"),
                    new TelegramBotCommand("berhenti", "Berhenti menerima pengingat dan siaran"),
                    new TelegramBotCommand("mulai", "Kembali menerima pengingat dan siaran"),
                    new TelegramBotCommand("zona", "Atur zona waktu pengingat: WIB, WITA atau WIT"),
                    new TelegramBotCommand("help", "Bantuan"),
                ]),
                cancellationToken);
        }
        catch (Exception exception) when (exception is TelegramApiException or HttpRequestException)
        {
            logger.LogWarning("setMyCommands failed: {Error}", exception.Message);
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
                await client.SetWebhookAsync(
                    new SetWebhookRequest(options.WebhookUrl, options.WebhookSecret, TelegramUpdateProcessor.AllowedUpdates, false),
                    cancellationToken);
                logger.LogInformation("Webhook registered");
            }
            catch (Exception exception) when (exception is TelegramApiException or HttpRequestException)
            {
                logger.LogError("setWebhook failed: {Error}", exception.Message);
            }
        }
    }
}

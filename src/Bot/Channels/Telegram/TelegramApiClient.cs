using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace NetralBot.Bot.Channels.Telegram;

/// <summary>
/// Our thin layer over Telegram.Bot's client: every call goes through <see cref="CallAsync{T}"/>, which waits on 429
/// <c>retry_after</c> and backs off on 5xx and network errors through the injectable <see cref="IRetryDelay"/> (the
/// library's own retry is switched off, so tests never sleep and the broadcast engine keeps its shared pause). The
/// token appears only in request URLs, which the library builds and nothing here logs.
/// </summary>
internal sealed class TelegramApiClient
{
    private readonly ITelegramBotClient _bot;
    private readonly TelegramRetryOptions _retry;
    private readonly IRetryDelay _delay;
    private readonly ILogger<TelegramApiClient> _logger;

    /// <summary>Creates the layer over a Telegram.Bot client that uses <paramref name="http"/>.</summary>
    public TelegramApiClient(HttpClient http, TelegramOptions options, TelegramRetryOptions retry, IRetryDelay delay, ILogger<TelegramApiClient> logger)
    {
        // RetryCount 0: the library would otherwise sleep on 429 by itself, out of reach of IRetryDelay.
        _bot = new TelegramBotClient(new TelegramBotClientOptions(options.Token!, options.ApiBaseUrl) { RetryThreshold = 0, RetryCount = 0 }, http);
        _retry = retry;
        _delay = delay;
        _logger = logger;
        TelegramJsonWarmUp.Start();
    }

    /// <summary>getUpdates (long polling) for the update kinds the bot handles.</summary>
    public Task<Update[]> GetUpdatesAsync(int? offset, int timeoutSeconds, CancellationToken cancellationToken = default) =>
        CallAsync("getUpdates", ct => _bot.GetUpdates(offset, 100, timeoutSeconds, TelegramUpdateShape.AllowedUpdates, ct), cancellationToken);

    /// <summary>setWebhook with the secret Telegram echoes in every request.</summary>
    public Task SetWebhookAsync(string url, string? secret, CancellationToken cancellationToken = default) =>
        CallAsync("setWebhook", async ct => { await _bot.SetWebhook(url, allowedUpdates: TelegramUpdateShape.AllowedUpdates, secretToken: secret, cancellationToken: ct); return true; }, cancellationToken);

    /// <summary>deleteWebhook (needed before polling: one receiver per token).</summary>
    public Task DeleteWebhookAsync(CancellationToken cancellationToken = default) =>
        CallAsync("deleteWebhook", async ct => { await _bot.DeleteWebhook(false, ct); return true; }, cancellationToken);

    public Task<Message> SendMessageAsync(long chatId, string text, ParseMode parseMode, InlineKeyboardMarkup? keyboard, CancellationToken cancellationToken = default) =>
        CallAsync("sendMessage", ct => _bot.SendMessage(chatId, text, parseMode, replyMarkup: keyboard, cancellationToken: ct), cancellationToken);

    /// <summary>sendDocument (multipart/form-data).</summary>
    public Task<Message> SendDocumentAsync(long chatId, string fileName, byte[] content, string? caption, CancellationToken cancellationToken = default) =>
        CallAsync("sendDocument", ct => _bot.SendDocument(chatId, InputFile.FromStream(new MemoryStream(content), fileName), caption, cancellationToken: ct), cancellationToken);

    /// <summary>answerCallbackQuery: stops the button's loading spinner.</summary>
    public Task AnswerCallbackQueryAsync(string callbackQueryId, CancellationToken cancellationToken = default) =>
        CallAsync("answerCallbackQuery", async ct => { await _bot.AnswerCallbackQuery(callbackQueryId, cancellationToken: ct); return true; }, cancellationToken);

    public Task SetMyCommandsAsync(IEnumerable<BotCommand> commands, CancellationToken cancellationToken = default) =>
        CallAsync("setMyCommands", async ct => { await _bot.SetMyCommands(commands, cancellationToken: ct); return true; }, cancellationToken);

    private async Task<T> CallAsync<T>(string method, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call(cancellationToken);
            }
            catch (ApiRequestException error) when (attempt < _retry.MaxAttempts && error.ErrorCode == 429
                && error.Parameters?.RetryAfter is { } seconds && TimeSpan.FromSeconds(seconds) <= _retry.MaxRetryAfter)
            {
                _logger.LogWarning("Telegram {Method} hit the flood limit; waiting {Seconds} s as asked", method, seconds);
                await _delay.WaitAsync(TimeSpan.FromSeconds(seconds), cancellationToken);
            }
            catch (Exception error) when (attempt < _retry.MaxAttempts && TelegramErrors.IsTransient(error, cancellationToken))
            {
                _logger.LogWarning("Telegram {Method} attempt {Attempt} failed ({Error}); backing off", method, attempt, TelegramErrors.Describe(error));
                await _delay.WaitAsync(Backoff(attempt), cancellationToken);
            }
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        var ticks = _retry.BaseBackoff.Ticks * (1L << Math.Min(attempt - 1, 20));
        return TimeSpan.FromTicks(Math.Min(ticks, _retry.MaxBackoff.Ticks));
    }
}

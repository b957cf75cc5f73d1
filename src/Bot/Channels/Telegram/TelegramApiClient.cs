using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using NetralBot.Bot.Channels.Telegram.Models;

namespace NetralBot.Bot.Channels.Telegram;

/// <summary>
/// A typed Bot API client. Every call goes through one core, <see cref="SendAsync{TRequest, TResult}"/>, which
/// waits on 429 <c>retry_after</c> and backs off on 5xx and network errors. The token appears only in request URLs
/// and is never logged.
/// </summary>
public sealed class TelegramApiClient(
    HttpClient http,
    TelegramOptions options,
    TelegramRetryOptions retry,
    IRetryDelay delay,
    ILogger<TelegramApiClient> logger)
{
    private static readonly TelegramJsonContext Json = TelegramJsonContext.Default;

    /// <summary>getMe: checks the token.</summary>
    public Task<TelegramUser> GetMeAsync(CancellationToken cancellationToken = default) =>
        SendAsync<EmptyRequest, TelegramUser>("getMe", new EmptyRequest(), cancellationToken);

    /// <summary>getUpdates (long polling).</summary>
    public Task<Update[]> GetUpdatesAsync(GetUpdatesRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<GetUpdatesRequest, Update[]>("getUpdates", request, cancellationToken);

    /// <summary>setWebhook.</summary>
    public Task<bool> SetWebhookAsync(SetWebhookRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<SetWebhookRequest, bool>("setWebhook", request, cancellationToken);

    /// <summary>deleteWebhook (needed before polling: one receiver per token).</summary>
    public Task<bool> DeleteWebhookAsync(DeleteWebhookRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<DeleteWebhookRequest, bool>("deleteWebhook", request, cancellationToken);

    /// <summary>sendMessage.</summary>
    public Task<TelegramMessage> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<SendMessageRequest, TelegramMessage>("sendMessage", request, cancellationToken);

    /// <summary>editMessageText.</summary>
    public Task<TelegramMessage> EditMessageTextAsync(EditMessageTextRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<EditMessageTextRequest, TelegramMessage>("editMessageText", request, cancellationToken);

    /// <summary>answerCallbackQuery: stops the button's loading spinner.</summary>
    public Task<bool> AnswerCallbackQueryAsync(AnswerCallbackQueryRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<AnswerCallbackQueryRequest, bool>("answerCallbackQuery", request, cancellationToken);

    /// <summary>setMyCommands.</summary>
    public Task<bool> SetMyCommandsAsync(SetMyCommandsRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<SetMyCommandsRequest, bool>("setMyCommands", request, cancellationToken);

    /// <summary>sendDocument as multipart/form-data.</summary>
    public Task<TelegramMessage> SendDocumentAsync(long chatId, string fileName, byte[] content, string? caption, CancellationToken cancellationToken = default) =>
        CallAsync(
            "sendDocument",
            () =>
            {
                var form = new MultipartFormDataContent
                {
                    { new StringContent(chatId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "chat_id" },
                };
                if (caption is not null)
                {
                    form.Add(new StringContent(caption), "caption");
                }

                var file = new ByteArrayContent(content);
                file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                form.Add(file, "document", fileName);
                return form;
            },
            Info<TelegramResponse<TelegramMessage>>(),
            cancellationToken);

    /// <summary>The one core every JSON method goes through.</summary>
    public Task<TResult> SendAsync<TRequest, TResult>(string method, TRequest request, CancellationToken cancellationToken = default)
    {
        var requestInfo = Info<TRequest>();
        return CallAsync(
            method,
            () => new StringContent(JsonSerializer.Serialize(request, requestInfo), Encoding.UTF8, "application/json"),
            Info<TelegramResponse<TResult>>(),
            cancellationToken);
    }

    private async Task<TResult> CallAsync<TResult>(
        string method,
        Func<HttpContent> content,
        JsonTypeInfo<TelegramResponse<TResult>> responseInfo,
        CancellationToken cancellationToken)
    {
        var url = $"{options.ApiBaseUrl}/bot{options.Token}/{method}";
        for (var attempt = 1; ; attempt++)
        {
            TelegramResponse<TResult>? envelope;
            int status;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content() };
                using var response = await http.SendAsync(request, cancellationToken);
                status = (int)response.StatusCode;
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                envelope = TryParse(body, responseInfo);
            }
            catch (Exception exception) when (IsTransient(exception, cancellationToken))
            {
                if (attempt >= retry.MaxAttempts)
                {
                    throw new HttpRequestException($"Telegram {method} failed after {attempt} attempts: {exception.GetType().Name}");
                }

                logger.LogWarning("Telegram {Method} attempt {Attempt} failed ({Error}); backing off", method, attempt, exception.GetType().Name);
                await delay.WaitAsync(Backoff(attempt), cancellationToken);
                continue;
            }

            if (envelope is { Ok: true })
            {
                return envelope.Result!;
            }

            var code = envelope?.ErrorCode ?? status;
            var error = new TelegramApiException(method, code, envelope?.Description ?? $"HTTP {status}", envelope?.Parameters?.RetryAfter);
            if (attempt < retry.MaxAttempts && code == 429 && error.RetryAfter is { } seconds && TimeSpan.FromSeconds(seconds) <= retry.MaxRetryAfter)
            {
                logger.LogWarning("Telegram {Method} hit the flood limit; waiting {Seconds} s as asked", method, seconds);
                await delay.WaitAsync(TimeSpan.FromSeconds(seconds), cancellationToken);
                continue;
            }

            if (attempt < retry.MaxAttempts && code >= 500)
            {
                logger.LogWarning("Telegram {Method} answered {Code}; backing off", method, code);
                await delay.WaitAsync(Backoff(attempt), cancellationToken);
                continue;
            }

            throw error;
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        var ticks = retry.BaseBackoff.Ticks * (1L << Math.Min(attempt - 1, 20));
        return TimeSpan.FromTicks(Math.Min(ticks, retry.MaxBackoff.Ticks));
    }

    private static bool IsTransient(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    private static TelegramResponse<TResult>? TryParse<TResult>(string body, JsonTypeInfo<TelegramResponse<TResult>> info)
    {
        try
        {
            return JsonSerializer.Deserialize(body, info);
        }
        catch (JsonException)
        {
            return null; // e.g. an HTML error page from a proxy; the HTTP status decides.
        }
    }

    private static JsonTypeInfo<T> Info<T>() =>
        (JsonTypeInfo<T>)(Json.GetTypeInfo(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T)} is not in TelegramJsonContext."));
}

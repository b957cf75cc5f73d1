using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using NetralBot.Bot.Channels.WhatsApp.Models;

namespace NetralBot.Bot.Channels.WhatsApp;

/// <summary>
/// A typed Cloud API client on <c>{ApiBaseUrl}/{ApiVersion}/{PhoneNumberId}/…</c>. Every call goes through one core
/// that turns a Graph error object or a network failure into a <see cref="WhatsAppApiException"/> and retries
/// throughput limits, 5xx and network errors as <see cref="WhatsAppRetryOptions"/> allow. The access token is only
/// ever put in the Authorization header and is never logged.
/// </summary>
internal sealed class WhatsAppApiClient(
    HttpClient http,
    WhatsAppOptions options,
    WhatsAppRetryOptions retry,
    IRetryDelay delay,
    ILogger<WhatsAppApiClient> logger)
{
    private static readonly WhatsAppJsonContext Json = WhatsAppJsonContext.Default;

    /// <summary>Sends one message; returns the accepted message's id (<c>wamid</c>).</summary>
    public async Task<string> SendMessageAsync(MessageRequest request, CancellationToken cancellationToken = default)
    {
        var body = await CallAsync(
            "messages",
            () => new StringContent(JsonSerializer.Serialize(request, Json.MessageRequest), Encoding.UTF8, "application/json"),
            cancellationToken);
        var response = Parse(body, Json.SendMessageResponse);
        return response?.Messages is [{ } first, ..] ? first.Id : string.Empty;
    }

    /// <summary>Uploads a file for a later document message (<c>POST /media</c>, multipart); returns the media id.</summary>
    public async Task<string> UploadMediaAsync(string fileName, byte[] content, string mimeType, CancellationToken cancellationToken = default)
    {
        var body = await CallAsync(
            "media",
            () =>
            {
                var file = new ByteArrayContent(content);
                file.Headers.ContentType = new MediaTypeHeaderValue(mimeType);
                return new MultipartFormDataContent
                {
                    { new StringContent("whatsapp"), "messaging_product" },
                    { new StringContent(mimeType), "type" },
                    { file, "file", fileName },
                };
            },
            cancellationToken);
        return Parse(body, Json.MediaUploadResponse)?.Id
            ?? throw new WhatsAppApiException("media", 200, 0, null, "the upload answer has no media id", null);
    }

    private async Task<string> CallAsync(string edge, Func<HttpContent> content, CancellationToken cancellationToken)
    {
        var url = options.EdgeUrl(edge);
        for (var attempt = 1; ; attempt++)
        {
            WhatsAppApiException error;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content() };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.AccessToken);
                using var response = await http.SendAsync(request, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return body;
                }

                error = ToException(edge, (int)response.StatusCode, body);
            }
            catch (Exception exception) when (exception is HttpRequestException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                error = new WhatsAppApiException(edge, 0, 0, null, "no answer: " + exception.GetType().Name, null, exception);
            }

            var retryable = error.IsTransient || error.Code == WhatsAppApiException.ThroughputExceeded;
            if (!retryable || attempt >= retry.MaxAttempts)
            {
                throw error;
            }

            logger.LogWarning("WhatsApp {Edge} attempt {Attempt} failed (HTTP {Status}, code {Code}); backing off", edge, attempt, error.HttpStatus, error.Code);
            await delay.WaitAsync(Backoff(attempt), cancellationToken);
        }
    }

    private static WhatsAppApiException ToException(string edge, int status, string body)
    {
        // A proxy or load balancer may answer with HTML; then only the HTTP status is known.
        var graph = Parse(body, Json.GraphErrorResponse)?.Error;
        return graph is null
            ? new WhatsAppApiException(edge, status, status, null, $"HTTP {status}", null)
            : new WhatsAppApiException(edge, status, graph.Code, graph.ErrorSubcode, graph.Message ?? graph.Type ?? $"HTTP {status}", graph.FbtraceId);
    }

    private TimeSpan Backoff(int attempt)
    {
        var ticks = retry.BaseBackoff.Ticks * (1L << Math.Min(attempt - 1, 20));
        return TimeSpan.FromTicks(Math.Min(ticks, retry.MaxBackoff.Ticks));
    }

    private static T? Parse<T>(string body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(body, info);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace NetralBot.Bot.Channels.Telegram;

/// <summary>
/// <c>POST /webhooks/telegram</c>: checks the secret header before reading anything, caps the body, stores the update
/// in the inbox and answers 200 once it is durable; the conversation runs in <see cref="TelegramInboxService"/>.
/// </summary>
internal static class TelegramWebhookEndpoint
{
    /// <summary>An update is a few kilobytes; 1 MB is plenty and keeps large bodies from filling memory.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(TelegramOptions.WebhookPath, HandleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<TelegramOptions>();
        if (!WebhookRequest.SecretMatches(http.Request.Headers[TelegramOptions.SecretHeader].ToString(), options.WebhookSecret))
        {
            return Results.Unauthorized();
        }

        if (http.Request.ContentLength > MaxBodyBytes || await WebhookRequest.ReadCappedAsync(http.Request.Body, http.Request.ContentLength, MaxBodyBytes, cancellationToken) is not { } body)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        Update? update;
        try
        {
            update = JsonSerializer.Deserialize<Update>(body, JsonBotAPI.Options);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        if (update is null || update.Id <= 0)
        {
            // Not an update Telegram could send: there is no update_id to acknowledge.
            return Results.BadRequest();
        }

        try
        {
            // A malformed update with an id is acknowledged (and logged, dropped): a refusal would only make Telegram resend it.
            await services.GetRequiredService<TelegramInboxIntake>().AcceptAsync([update], body, cancellationToken);
            return Results.Ok();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TelegramWebhookEndpoint))
                .LogError("Storing Telegram update {UpdateId} failed ({Error}); Telegram will redeliver it", update.Id, exception.GetType().Name);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
    }
}

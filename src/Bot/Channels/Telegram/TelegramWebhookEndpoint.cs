using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace NetralBot.Bot.Channels.Telegram;

/// <summary><c>POST /webhooks/telegram</c>: checks the secret header before reading anything, then processes the update.</summary>
public static class TelegramWebhookEndpoint
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(TelegramOptions.WebhookPath, HandleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<TelegramOptions>();
        if (!SecretMatches(http.Request.Headers[TelegramOptions.SecretHeader].ToString(), options.WebhookSecret))
        {
            return Results.Unauthorized();
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(http.Request.Body, JsonBotAPI.Options, cancellationToken);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        if (update is null || TelegramUpdateShape.Problem(update) is not null)
        {
            return Results.BadRequest();
        }

        try
        {
            await services.GetRequiredService<TelegramUpdateProcessor>().ProcessAsync(update, cancellationToken);
            return Results.Ok();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TelegramWebhookEndpoint))
                .LogError(exception, "Webhook update {UpdateId} failed", update.Id);
            return Results.StatusCode(StatusCodes.Status500InternalServerError); // Telegram will redeliver
        }
    }

    /// <summary>Constant-time comparison, so response timing does not reveal how much of a guess was right.</summary>
    private static bool SecretMatches(string? presented, string? expected)
    {
        if (string.IsNullOrEmpty(presented) || string.IsNullOrEmpty(expected))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
    }
}

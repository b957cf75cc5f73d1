using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NetralBot.Bot.Channels.WhatsApp;

/// <summary>
/// <c>GET /webhooks/whatsapp</c>: Meta's verification handshake. <c>POST /webhooks/whatsapp</c>: reads the raw body,
/// checks its signature before anything else, stores it in the inbox and answers 200 at once; the conversation runs
/// in <see cref="WhatsAppInboxService"/>, so a slow answer never makes Meta redeliver.
/// </summary>
internal static class WhatsAppWebhookEndpoint
{
    /// <summary>Meta's payloads are at most 3 MB; anything larger is not from Meta.</summary>
    public const int MaxBodyBytes = 3 * 1024 * 1024;

    /// <summary>Maps both endpoints.</summary>
    public static IEndpointRouteBuilder MapWhatsAppWebhook(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(WhatsAppOptions.WebhookPath, Verify);
        endpoints.MapPost(WhatsAppOptions.WebhookPath, ReceiveAsync);
        return endpoints;
    }

    private static IResult Verify(HttpContext http)
    {
        var options = http.RequestServices.GetRequiredService<WhatsAppOptions>();
        var query = http.Request.Query;
        var challenge = query["hub.challenge"].ToString();
        if (query["hub.mode"] == "subscribe" && WebhookRequest.SecretMatches(query["hub.verify_token"].ToString(), options.VerifyToken) && challenge.Length > 0)
        {
            return Results.Text(challenge, "text/plain");
        }

        return Results.StatusCode(StatusCodes.Status403Forbidden);
    }

    private static async Task<IResult> ReceiveAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<WhatsAppOptions>();
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        // The raw bytes, before any model binding: the signature is over exactly these.
        var body = await WebhookRequest.ReadCappedAsync(http.Request.Body, http.Request.ContentLength, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (!WhatsAppSignature.IsValid(http.Request.Headers[WhatsAppOptions.SignatureHeader].FirstOrDefault(), body, options.AppSecret!))
        {
            return Results.Unauthorized();
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WhatsAppWebhookEndpoint));
        // Every element is checked before the payload is stored: one that could never be processed is not kept.
        var validated = WhatsAppPayloadValidator.Validate(body);
        if (validated.Problems.Count > 0)
        {
            logger.LogWarning("Signed WhatsApp webhook payload of {Length} bytes: elements left out: {Problems}", body.Length, string.Join("; ", validated.Problems));
        }

        if (!validated.HasWork)
        {
            // Signed by Meta yet nothing to do: an error status would make Meta redeliver it for 7 days to no avail.
            return Results.Ok();
        }

        try
        {
            await services.GetRequiredService<IWhatsAppInbox>().AddAsync(body, services.GetRequiredService<TimeProvider>().GetUtcNow(), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Storing a WhatsApp webhook payload failed; Meta will redeliver it");
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }

        services.GetRequiredService<WhatsAppInboxSignal>().Notify();
        return Results.Ok();
    }
}

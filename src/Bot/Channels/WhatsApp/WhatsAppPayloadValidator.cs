using System.Text.Json;
using NetralBot.Bot.Channels.WhatsApp.Models;

namespace NetralBot.Bot.Channels.WhatsApp;

/// <summary>
/// Checks every element of a webhook payload before anything stores, keys or processes it: null elements and
/// messages or statuses without the fields the bot relies on are left out, each named by its position only (never its
/// content, which may hold a phone number), so one bad element cannot stop the inbox or the other elements.
/// </summary>
internal static class WhatsAppPayloadValidator
{
    /// <summary>Parses and validates a raw body. A body that is not a webhook payload yields no elements and one problem.</summary>
    public static ValidatedWebhookPayload Validate(byte[] body)
    {
        WebhookPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(body, WhatsAppJsonContext.Default.WebhookPayload);
        }
        catch (JsonException exception)
        {
            // The path and position only: the message of a JsonException does not quote the value.
            return new ValidatedWebhookPayload([], [], [$"not a webhook payload ({exception.Path ?? "$"}, line {exception.LineNumber})"]);
        }

        return Validate(payload);
    }

    /// <summary>Keeps the valid messages and statuses of <paramref name="payload"/>, in order; lists what was left out.</summary>
    public static ValidatedWebhookPayload Validate(WebhookPayload? payload)
    {
        var messages = new List<InboundMessage>();
        var statuses = new List<MessageStatus>();
        var problems = new List<string>();
        if (payload is null)
        {
            return new ValidatedWebhookPayload(messages, statuses, ["payload is null"]);
        }

        var entries = payload.Entry ?? [];
        for (var e = 0; e < entries.Count; e++)
        {
            var changes = entries[e]?.Changes;
            if (changes is null)
            {
                problems.Add($"entry[{e}]: null or without changes");
                continue;
            }

            for (var c = 0; c < changes.Count; c++)
            {
                var at = $"entry[{e}].changes[{c}]";
                if (changes[c]?.Value is not { } value)
                {
                    problems.Add(at + ": null or without value");
                    continue;
                }

                var inbound = value.Messages ?? [];
                for (var m = 0; m < inbound.Count; m++)
                {
                    if (Problem(inbound[m]) is { } problem)
                    {
                        problems.Add($"{at}.value.messages[{m}]: {problem}");
                    }
                    else
                    {
                        messages.Add(inbound[m]);
                    }
                }

                var callbacks = value.Statuses ?? [];
                for (var s = 0; s < callbacks.Count; s++)
                {
                    var status = callbacks[s];
                    if (status is null || string.IsNullOrEmpty(status.Id) || string.IsNullOrEmpty(status.Status))
                    {
                        problems.Add($"{at}.value.statuses[{s}]: {(status is null ? "null" : "without id or status")}");
                        continue;
                    }

                    if (status.Errors is { } errors && errors.Any(error => error is null))
                    {
                        problems.Add($"{at}.value.statuses[{s}].errors: null elements left out");
                        status = status with { Errors = errors.Where(error => error is not null).ToList() };
                    }

                    statuses.Add(status);
                }
            }
        }

        return new ValidatedWebhookPayload(messages, statuses, problems);
    }

    private static string? Problem(InboundMessage? message) => message switch
    {
        null => "null",
        { From: null or "" } => "without sender",
        { Id: null or "" } => "without id",
        _ => null,
    };
}

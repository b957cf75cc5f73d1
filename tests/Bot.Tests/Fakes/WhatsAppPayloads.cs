using System.Text;
using System.Text.Json.Nodes;

namespace NetralBot.Bot.Tests.Fakes;

/// <summary>Webhook payloads shaped like Meta's (<c>object</c> → <c>entry[]</c> → <c>changes[]</c> → <c>value</c>).</summary>
internal static class WhatsAppPayloads
{
    public const long Timestamp = 1_790_000_000;

    private static long _nextId;

    /// <summary>
    /// A unique wamid shaped like Meta's: base64 of a small record holding the phone number of the user the message is
    /// from or to, then a random-looking message key (decoded: <c>\x1c\x18\x0d6281234567890\x15\x02\x00\x12\x18\x14 3EB0…</c>).
    /// </summary>
    public static string NewMessageId(string phone = "6281234567890")
    {
        var key = "3EB0" + Interlocked.Increment(ref _nextId).ToString("X16", System.Globalization.CultureInfo.InvariantCulture);
        byte[] record = [0x1C, 0x18, (byte)phone.Length, .. Encoding.ASCII.GetBytes(phone), 0x15, 0x02, 0x00, 0x12, 0x18, (byte)key.Length, .. Encoding.ASCII.GetBytes(key), 0x00];
        return "wamid." + Convert.ToBase64String(record);
    }

    /// <summary>One change with the given messages and statuses.</summary>
    public static JsonObject Envelope(JsonArray? messages = null, JsonArray? statuses = null, string? contactWaId = null)
    {
        var value = new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["metadata"] = new JsonObject { ["display_phone_number"] = "6281100000000", ["phone_number_id"] = FakeGraphApiServer.PhoneNumberId },
        };
        if (contactWaId is not null)
        {
            value["contacts"] = new JsonArray(new JsonObject { ["profile"] = new JsonObject { ["name"] = "Uji" }, ["wa_id"] = contactWaId });
        }

        if (messages is not null)
        {
            value["messages"] = messages;
        }

        if (statuses is not null)
        {
            value["statuses"] = statuses;
        }

        return new JsonObject
        {
            ["object"] = "whatsapp_business_account",
            ["entry"] = new JsonArray(new JsonObject
            {
                ["id"] = "102290129340398",
                ["changes"] = new JsonArray(new JsonObject { ["field"] = "messages", ["value"] = value }),
            }),
        };
    }

    public static JsonObject Message(string from, string type, JsonObject? content, string? id = null, long timestamp = Timestamp)
    {
        var message = new JsonObject
        {
            ["from"] = from,
            ["id"] = id ?? NewMessageId(from),
            ["timestamp"] = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["type"] = type,
        };
        if (content is not null)
        {
            message[type] = content;
        }

        return message;
    }

    public static JsonObject Text(string from, string text, string? id = null, long timestamp = Timestamp) =>
        Envelope(new JsonArray(Message(from, "text", new JsonObject { ["body"] = text }, id, timestamp)), contactWaId: from);

    public static JsonObject ButtonReply(string from, string buttonId, string title) =>
        Envelope(new JsonArray(Message(from, "interactive", new JsonObject
        {
            ["type"] = "button_reply",
            ["button_reply"] = new JsonObject { ["id"] = buttonId, ["title"] = title },
        })), contactWaId: from);

    public static JsonObject ListReply(string from, string rowId, string title) =>
        Envelope(new JsonArray(Message(from, "interactive", new JsonObject
        {
            ["type"] = "list_reply",
            ["list_reply"] = new JsonObject { ["id"] = rowId, ["title"] = title, ["description"] = title },
        })), contactWaId: from);

    public static JsonObject TemplateButton(string from, string label) =>
        Envelope(new JsonArray(Message(from, "button", new JsonObject { ["payload"] = "payload-" + label, ["text"] = label })), contactWaId: from);

    public static JsonObject Sticker(string from) =>
        Envelope(new JsonArray(Message(from, "sticker", new JsonObject { ["mime_type"] = "image/webp", ["sha256"] = "abc", ["id"] = "sticker-1", ["animated"] = false })), contactWaId: from);

    public static JsonObject Image(string from) =>
        Envelope(new JsonArray(Message(from, "image", new JsonObject { ["mime_type"] = "image/jpeg", ["sha256"] = "abc", ["id"] = "image-1" })), contactWaId: from);

    public static JsonObject Status(string recipient, string messageId, string status, int? errorCode = null, string errorTitle = "Message undeliverable")
    {
        var item = new JsonObject
        {
            ["id"] = messageId,
            ["status"] = status,
            ["timestamp"] = Timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["recipient_id"] = recipient,
        };
        if (errorCode is not null)
        {
            item["errors"] = new JsonArray(new JsonObject { ["code"] = errorCode, ["title"] = errorTitle, ["message"] = errorTitle });
        }

        return Envelope(statuses: new JsonArray(item));
    }
}

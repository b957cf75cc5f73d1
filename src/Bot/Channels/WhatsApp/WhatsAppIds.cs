namespace NetralBot.Bot.Channels.WhatsApp;

/// <summary>Helpers for WhatsApp ids (wa_id, the user's phone number in international form).</summary>
internal static class WhatsAppIds
{
    /// <summary>A phone number is personal data: logs show only its first 4 and last 3 digits.</summary>
    public static string Mask(string? waId) =>
        waId is null ? "?" : waId.Length <= 7 ? new string('*', waId.Length) : waId[..4] + new string('*', waId.Length - 7) + waId[^3..];
}

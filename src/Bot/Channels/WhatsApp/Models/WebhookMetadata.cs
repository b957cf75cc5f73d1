namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>The business phone number a change belongs to.</summary>
/// <param name="DisplayPhoneNumber">The number as shown to users.</param>
/// <param name="PhoneNumberId">Its id; the one messages are sent from.</param>
internal sealed record WebhookMetadata(string? DisplayPhoneNumber, string? PhoneNumberId);

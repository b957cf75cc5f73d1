namespace NetralBot.Bot.Channels.WhatsApp;

/// <summary>The few Indonesian words only the WhatsApp rendering adds (the conversation's texts live in <c>BotTexts</c>).</summary>
internal static class WhatsAppTexts
{
    /// <summary>The label of the button that opens a list (at most 20 characters).</summary>
    public const string ListButton = "Pilih";

    /// <summary>The body of buttons sent after a text too long to carry them (interactive bodies hold 1024 characters).</summary>
    public const string ChooseBelow = "Silakan pilih:";
}

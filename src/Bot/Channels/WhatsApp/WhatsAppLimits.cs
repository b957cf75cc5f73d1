namespace NetralBot.Bot.Channels.WhatsApp;

/// <summary>The Cloud API's size limits on outbound messages (see <c>platforms-and-language.md</c> §3b).</summary>
internal static class WhatsAppLimits
{
    /// <summary>Text message body.</summary>
    public const int TextBody = 4096;

    /// <summary>Interactive message body.</summary>
    public const int InteractiveBody = 1024;

    /// <summary>Reply buttons per message.</summary>
    public const int ReplyButtons = 3;

    /// <summary>Reply button title; titles must also be unique within the message.</summary>
    public const int ReplyButtonTitle = 20;

    /// <summary>Reply button id.</summary>
    public const int ReplyButtonId = 256;

    /// <summary>Rows of a list message, over all sections.</summary>
    public const int ListRows = 10;

    /// <summary>List row title.</summary>
    public const int ListRowTitle = 24;

    /// <summary>List row description.</summary>
    public const int ListRowDescription = 72;

    /// <summary>List row id.</summary>
    public const int ListRowId = 200;

    /// <summary>The label of the button that opens a list.</summary>
    public const int ListButton = 20;
}

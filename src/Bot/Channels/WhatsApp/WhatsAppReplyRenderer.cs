using NetralBot.Bot.Channels.WhatsApp.Models;
using NetralBot.Bot.Conversation;

namespace NetralBot.Bot.Channels.WhatsApp;

/// <summary>
/// Turns a channel-neutral <see cref="Reply"/> into Cloud API messages within WhatsApp's limits. The text is plain
/// and sent as is: WhatsApp has no markup that can make a send fail (an odd <c>*</c> is shown literally).
/// Buttons become up to 3 reply buttons when their labels fit, otherwise a list of up to 10 rows; the id of each
/// choice is the button's <see cref="ReplyButton.Data"/>, so the user's answer comes back as <see cref="Turn.ButtonData"/>.
/// Documents are not rendered here: they need an upload first (<see cref="WhatsAppReplySender"/>).
/// </summary>
internal static class WhatsAppReplyRenderer
{
    /// <summary>The messages for <paramref name="reply"/>'s text and buttons, in sending order.</summary>
    public static IReadOnlyList<MessageRequest> Render(string to, Reply reply)
    {
        var messages = new List<MessageRequest>();
        var buttons = reply.Buttons.SelectMany(row => row).DistinctBy(b => b.Data).ToList();
        var text = reply.Text.Trim();
        if (buttons.Count == 0)
        {
            messages.AddRange(TextSplitter.Split(text, WhatsAppLimits.TextBody).Select(part => MessageRequest.ForText(to, part)));
            return messages;
        }

        // An interactive body holds 1024 characters: a longer text goes first on its own, the choices follow.
        var body = text;
        if (text.Length == 0 || text.Length > WhatsAppLimits.InteractiveBody)
        {
            messages.AddRange(TextSplitter.Split(text, WhatsAppLimits.TextBody).Select(part => MessageRequest.ForText(to, part)));
            body = WhatsAppTexts.ChooseBelow;
        }

        messages.Add(MessageRequest.ForInteractive(to, FitsReplyButtons(buttons) ? ReplyButtons(body, buttons) : List(body, buttons)));
        return messages;
    }

    /// <summary>
    /// Shortens <paramref name="text"/> to at most <paramref name="max"/> characters with an ellipsis, at a word boundary
    /// when one is near, never splitting a surrogate pair.
    /// </summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        var space = text.LastIndexOf(' ', cut);
        if (space >= max / 2)
        {
            cut = space;
        }
        else if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut].TrimEnd() + "…";
    }

    private static bool FitsReplyButtons(IReadOnlyList<ReplyButton> buttons) =>
        buttons.Count <= WhatsAppLimits.ReplyButtons
        && buttons.All(b => b.Label.Length is > 0 and <= WhatsAppLimits.ReplyButtonTitle && b.Data.Length <= WhatsAppLimits.ReplyButtonId)
        && buttons.Select(b => b.Label).Distinct(StringComparer.Ordinal).Count() == buttons.Count;

    private static InteractiveContent ReplyButtons(string body, IReadOnlyList<ReplyButton> buttons) =>
        new("button", new InteractiveBody(body), new InteractiveAction(
            Buttons: buttons.Select(b => new ReplyButtonItem("reply", new ReplyButtonContent(b.Data, b.Label))).ToList()));

    private static InteractiveContent List(string body, IReadOnlyList<ReplyButton> buttons)
    {
        // More than 10 choices: the first 10 (the conversation orders them by relevance).
        var rows = buttons
            .Where(b => b.Data.Length <= WhatsAppLimits.ListRowId)
            .Take(WhatsAppLimits.ListRows)
            .Select(b => new ListRow(
                b.Data,
                Truncate(b.Label, WhatsAppLimits.ListRowTitle),
                b.Label.Length > WhatsAppLimits.ListRowTitle ? Truncate(b.Label, WhatsAppLimits.ListRowDescription) : null))
            .ToList();
        return new InteractiveContent("list", new InteractiveBody(body), new InteractiveAction(
            Button: WhatsAppTexts.ListButton,
            Sections: [new ListSection(null, rows)]));
    }
}

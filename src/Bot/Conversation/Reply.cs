namespace NetralBot.Bot.Conversation;

/// <summary>One outbound message, channel-neutral. <see cref="Text"/> is plain text; channels add their own markup.</summary>
/// <param name="Text">The message text.</param>
/// <param name="Buttons">Rows of buttons.</param>
/// <param name="Document">An optional file.</param>
internal sealed record Reply(string Text, IReadOnlyList<IReadOnlyList<ReplyButton>> Buttons, ReplyDocument? Document = null)
{
    /// <summary>
    /// How many of the first buttons the text already lists as "1." to "N." (a numbered menu), so a channel that shows
    /// buttons as text (the console) does not list them twice.
    /// </summary>
    public int NumberedInText { get; init; }

    /// <summary>A reply without buttons.</summary>
    public static Reply Plain(string text) => new(text, []);

    /// <summary>A reply with one button per row.</summary>
    public static Reply WithButtonRows(string text, IEnumerable<ReplyButton> buttons) =>
        new(text, buttons.Select(b => (IReadOnlyList<ReplyButton>)[b]).ToList());
}

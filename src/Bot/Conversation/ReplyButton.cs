namespace NetralBot.Bot.Conversation;

/// <summary>A button under a reply.</summary>
/// <param name="Label">What the user sees.</param>
/// <param name="Data">What comes back in <see cref="Turn.ButtonData"/> when pressed (≤ 64 bytes for Telegram).</param>
internal sealed record ReplyButton(string Label, string Data);

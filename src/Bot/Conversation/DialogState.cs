namespace NetralBot.Bot.Conversation;

/// <summary>The persisted position of one user in a dialog.</summary>
/// <param name="Dialog">The dialog's name, e.g. <c>pledge</c>.</param>
/// <param name="Json">The dialog's own state, serialized by the dialog.</param>
internal sealed record DialogState(string Dialog, string Json);

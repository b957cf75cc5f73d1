namespace NetralBot.Bot.Conversation;

/// <summary>A resumable multi-turn dialog whose position is kept in <see cref="DialogState"/>.</summary>
internal interface IDialog
{
    /// <summary>The name stored in <see cref="DialogState.Dialog"/>.</summary>
    string Name { get; }

    /// <summary>Handles a turn of a user who is in this dialog.</summary>
    Task ContinueAsync(TurnContext context, CancellationToken cancellationToken);
}

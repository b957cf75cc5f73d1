namespace NetralBot.Bot.Conversation;

/// <summary>Routes the turn of a user who is inside a dialog to that dialog.</summary>
internal sealed class DialogContinuationHandler(IEnumerable<IDialog> dialogs) : TurnHandler
{
    private readonly Dictionary<string, IDialog> _dialogs = dialogs.ToDictionary(d => d.Name, StringComparer.Ordinal);

    /// <inheritdoc />
    public override async Task<bool> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.State is null)
        {
            return false;
        }

        if (!_dialogs.TryGetValue(context.State.Dialog, out var dialog))
        {
            context.ClearState(); // a dialog removed in a newer version: drop the stale state.
            return false;
        }

        await dialog.ContinueAsync(context, cancellationToken);
        return true;
    }
}

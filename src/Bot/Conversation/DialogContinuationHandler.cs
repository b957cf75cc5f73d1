namespace NetralBot.Bot.Conversation;

/// <summary>
/// Routes the turn of a user who is inside a dialog to that dialog. A dialog that ends itself without replying (a
/// numbered menu that got a new question instead of a number) hands the turn on to the steps after this one.
/// </summary>
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

        var repliesBefore = context.Replies.Count;
        await dialog.ContinueAsync(context, cancellationToken);
        return context.State is not null || context.Replies.Count > repliesBefore;
    }
}

using NetralBot.Bot.Conversation;

namespace NetralBot.Bot.Subscribers;

/// <summary>
/// <c>/berhenti</c> (or "BERHENTI" / "STOP" typed alone) opts the chat out of broadcasts; <c>/mulai</c> opts it back in.
/// Only broadcasts stop: the user can still ask questions and pledge. Channel-neutral, so it works wherever a turn
/// comes from.
/// </summary>
internal sealed class BroadcastPreferenceHandler(ISubscriberStore subscribers) : TurnHandler
{
    /// <inheritdoc />
    public override async Task<bool> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        bool optOut;
        var command = context.Command;
        if (command is not null)
        {
            if (command.Name is not ("berhenti" or "mulai"))
            {
                return false;
            }

            optOut = command.Name == "berhenti";
        }
        else if (context.State is null && IsStopKeyword(context.Text))
        {
            // Only outside a dialog: inside one, the text is the answer to the dialog's question.
            optOut = true;
        }
        else
        {
            return false;
        }

        var changed = await subscribers.SetOptedOutAsync(
            turn.Channel, turn.ChatId, turn.UserId, turn.ReceivedAt, optOut ? turn.ReceivedAt : null, cancellationToken);
        context.Send(optOut
            ? (changed ? BotTexts.OptedOut : BotTexts.AlreadyOptedOut)
            : (changed ? BotTexts.OptedIn : BotTexts.AlreadyOptedIn));
        return true;
    }

    private static bool IsStopKeyword(string text)
    {
        var word = text.TrimEnd('.', '!').Trim();
        return word.Equals("berhenti", StringComparison.OrdinalIgnoreCase) || word.Equals("stop", StringComparison.OrdinalIgnoreCase);
    }
}

using NetralBot.Bot.Conversation;
using NetralBot.Bot.Privacy;

namespace NetralBot.Bot.Feedback;

/// <summary>Records a vote on a shown answer and answers it, for the button and the typed way of voting alike.</summary>
internal sealed class FeedbackRecorder(IFeedbackStore store, UserIdHash hash, TimeProvider time)
{
    /// <summary>The keyed hash of the turn's user.</summary>
    public string UserHash(Turn turn) => hash.ForUser(turn.Channel, turn.UserId);

    /// <summary>The keyed hash of the turn's chat.</summary>
    public string ChatKey(Turn turn) => hash.ForValue("chat", turn.Channel.Name + ":" + turn.ChatId);

    /// <summary>
    /// Stores the vote and thanks the user; after 👎 offers the reasons. A repeated vote (a double click) stores and
    /// says nothing unless <paramref name="replyWhenRepeated"/> (a typed vote always gets an answer).
    /// </summary>
    public async Task VoteAsync(TurnContext context, ShownAnswer answer, FeedbackKind vote, bool replyWhenRepeated, CancellationToken cancellationToken)
    {
        var changed = await store.VoteAsync(answer, UserHash(context.Turn), vote, time.GetUtcNow(), cancellationToken);
        if (!changed && !replyWhenRepeated)
        {
            return;
        }

        if (vote == FeedbackKind.Helpful)
        {
            context.Send(FeedbackTexts.ThanksHelpful);
            return;
        }

        // Two per row: short labels side by side on Telegram; WhatsApp shows four choices as a list.
        var reasons = FeedbackButtonData.ReasonButtons(answer.Id).Chunk(2).Select(row => (IReadOnlyList<ReplyButton>)row).ToList();
        context.Send(new Reply(FeedbackTexts.AskReason, reasons));
    }

    /// <summary>Stores the reason of the user's 👎 and thanks them; a repeated press says nothing.</summary>
    public async Task ReasonAsync(TurnContext context, string answerId, FeedbackReason reason, CancellationToken cancellationToken)
    {
        if (await store.SetReasonAsync(answerId, UserHash(context.Turn), reason, cancellationToken))
        {
            context.Send(FeedbackTexts.ThanksReason);
        }
    }
}

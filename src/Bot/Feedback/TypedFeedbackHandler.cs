using NetralBot.Bot.Conversation;

namespace NetralBot.Bot.Feedback;

/// <summary>
/// A typed vote ("jawabannya salah", "makasih membantu", 👍) on the last answer in a private chat, given within
/// <see cref="Window"/>. Without such an answer, a phrase gets a short thanks; a bare 👍 passes on (an acknowledgement).
/// Groups are left alone: members talk to each other there, and a vote would be attached to someone else's answer.
/// </summary>
internal sealed class TypedFeedbackHandler(IFeedbackStore store, FeedbackRecorder recorder, TimeProvider time) : TurnHandler
{
    /// <summary>How long after an answer a typed vote is taken as a vote on it.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(30);

    /// <inheritdoc />
    public override async Task<bool> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Turn.Text is null || context.Turn.ChatKind != ChatKind.Private || TypedFeedback.Read(context.Text) is not { } vote)
        {
            return false;
        }

        var answer = await store.FindLastShownAsync(recorder.ChatKey(context.Turn), time.GetUtcNow() - Window, cancellationToken);
        if (answer is null)
        {
            if (TypedFeedback.IsEmojiOnly(context.Text))
            {
                return false;
            }

            context.Send(FeedbackTexts.NothingToRate);
            return true;
        }

        await recorder.VoteAsync(context, answer, vote, replyWhenRepeated: true, cancellationToken);
        return true;
    }
}

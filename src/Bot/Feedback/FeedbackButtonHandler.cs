using NetralBot.Bot.Conversation;

namespace NetralBot.Bot.Feedback;

/// <summary>
/// 👍 / 👎 and reason buttons (<c>fb:…</c>). Registered early, so that a press on an older answer never reaches a
/// running dialog (the pledge's questions) as its input.
/// </summary>
internal sealed class FeedbackButtonHandler(IFeedbackStore store, FeedbackRecorder recorder) : TurnHandler
{
    /// <inheritdoc />
    public override async Task<bool> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Turn.ButtonData is not { } data || !data.StartsWith(FeedbackButtonData.Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        if (FeedbackButtonData.Parse(data) is not { } press)
        {
            context.Send(FeedbackTexts.UnknownButton);
            return true;
        }

        if (press.Reason is { } reason)
        {
            await recorder.ReasonAsync(context, press.AnswerId, reason, cancellationToken);
            return true;
        }

        var answer = await store.FindShownAsync(press.AnswerId, cancellationToken);
        if (answer is null)
        {
            context.Send(FeedbackTexts.Expired);
            return true;
        }

        await recorder.VoteAsync(context, answer, press.Vote!.Value, replyWhenRepeated: false, cancellationToken);
        return true;
    }
}

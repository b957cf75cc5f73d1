using Microsoft.Extensions.Logging;
using NetralBot.Bot.Conversation;
using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Feedback;

/// <summary>
/// Acts after the knowledge step (<see cref="TurnContext.Answered"/>): puts the 👍 / 👎 row under an answer with a
/// verdict and remembers the answer for the vote, and logs a question answered TIDAK_TAHU or below
/// <see cref="FeedbackOptions.LowConfidence"/>. Question text is scrubbed of personal data and users are stored as
/// keyed hashes. A failing store costs the buttons and the log row, never the answer.
/// </summary>
internal sealed class AnswerFeedbackStep(
    IFeedbackStore store, FeedbackRecorder recorder, FeedbackOptions options, TimeProvider time, ILogger<AnswerFeedbackStep> logger) : ITurnStep
{
    /// <inheritdoc />
    public async Task InvokeAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken)
    {
        await next();
        if (context.Answered is not { } answered)
        {
            return;
        }

        try
        {
            await RecordAsync(context, answered, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The message only: it names the database's problem, never the question or the user.
            logger.LogWarning("Feedback and question log not recorded for this answer: {Error}", exception.Message);
        }
    }

    private async Task RecordAsync(TurnContext context, AnsweredQuestion answered, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var question = PersonalDataScrubber.Scrub(answered.Question);
        var userHash = recorder.UserHash(context.Turn);
        if (answered.Outcome != AnswerOutcome.TopicOpened
            && (answered.Verdict == Verdict.TidakTahu || answered.Confidence < options.LowConfidence))
        {
            await store.LogQuestionAsync(
                new LoggedQuestion(FeedbackKind.Unanswered, userHash, question, answered.TopicId, answered.Verdict, answered.Confidence, null, now),
                cancellationToken);
        }

        if (answered.Outcome is AnswerOutcome.Answered or AnswerOutcome.TopicOpened && answered.Verdict != Verdict.TidakTahu)
        {
            var shown = new ShownAnswer(
                FeedbackButtonData.NewAnswerId(), recorder.ChatKey(context.Turn), userHash, question, answered.TopicId, answered.Verdict, answered.Confidence, now);
            await store.SaveShownAsync(shown, cancellationToken);
            context.AddButtonRow(FeedbackButtonData.VoteRow(shown.Id));
        }
    }
}

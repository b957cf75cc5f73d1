using System.Text.Json;
using Microsoft.Extensions.Logging;
using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Conversation;

/// <summary>
/// The last stage: free text goes to the knowledge base and is answered in the short chat shape (<see cref="AnswerReplies"/>);
/// <c>topic:&lt;id&gt;</c> buttons open a topic, <c>dasar:&lt;id&gt;</c> shows its legal basis and sanction. After a
/// numbered reply (a clarifying question, "Mungkin maksud Anda: 1. … 2. …") the user is in the small dialog
/// <see cref="ChoiceDialog"/> until the next turn, so a typed number opens that choice, a number out of range gets
/// "ketik 1–N", and anything else goes on through the pipeline as a new message.
/// </summary>
internal sealed class KnowledgeHandler(Func<IQuestionAnswerer> answerer, DisclaimerMemory disclaimers, ILogger<KnowledgeHandler> logger) : TurnHandler, IDialog
{
    /// <summary>Prefix of follow-up button data.</summary>
    public const string TopicPrefix = AnswerReplies.TopicPrefix;

    /// <summary>The dialog name kept while a numbered reply waits for its answer.</summary>
    public const string ChoiceDialog = "pilih-topik";

    private const int MaxQuestionLength = 2000;

    private int _failuresLogged;

    /// <inheritdoc />
    public override Task<bool> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var data = context.Turn.ButtonData;
        if (data is not null)
        {
            if (data.StartsWith(AnswerReplies.DetailsPrefix, StringComparison.Ordinal))
            {
                SendTopic(context, data[AnswerReplies.DetailsPrefix.Length..], AnswerReplies.Details, isNewAnswer: false);
            }
            else if (data.StartsWith(TopicPrefix, StringComparison.Ordinal))
            {
                SendTopic(context, data[TopicPrefix.Length..]);
            }
            else
            {
                context.Send(BotTexts.TopicNotFound);
            }

            return Task.FromResult(true);
        }

        var question = context.Text;
        if (question.Length == 0)
        {
            context.Send(BotTexts.EmptyQuestion);
            return Task.FromResult(true);
        }

        if (question.Length > MaxQuestionLength)
        {
            question = question[..MaxQuestionLength]; // a question is short; the rest is noise that only slows search.
        }

        if (Safely(a => a.Ask(question), context) is { } asked)
        {
            context.Send(Shape(asked, context));
            context.RecordAnswer(AnsweredQuestion.Of(asked));
            var choices = AnswerReplies.ChoiceIds(asked);
            if (asked.Verdict == Verdict.TidakTahu && choices.Count > 0)
            {
                context.SetState(new DialogState(ChoiceDialog, JsonSerializer.Serialize(choices)));
            }
        }

        return Task.FromResult(true);
    }

    /// <summary>Answers the entry <paramref name="topicId"/> in the short shape (topic buttons, menus), or says it is gone.</summary>
    public void SendTopic(TurnContext context, string topicId) => SendTopic(context, topicId, a => Shape(a, context), isNewAnswer: true);

    /// <inheritdoc />
    string IDialog.Name => ChoiceDialog;

    /// <summary>The turn after a numbered reply: "1", "2)", "nomor 3" open that choice; "7" of 2 gets "ketik 1–2".</summary>
    public Task ContinueAsync(TurnContext context, CancellationToken cancellationToken)
    {
        NumberedChoice.Continue(context, id => SendTopic(context, id));
        return Task.CompletedTask;
    }

    private Reply Shape(Answer answer, TurnContext context) =>
        AnswerReplies.Compact(answer, answer.Parts?.Disclaimer is not null && disclaimers.ShouldShow(context.Turn.Channel, context.Turn.ChatId, context.Turn.ReceivedAt));

    // The legal details of an answer already shown are not a new answer: no feedback row, no second question-log entry.
    private void SendTopic(TurnContext context, string topicId, Func<Answer, Reply> shape, bool isNewAnswer)
    {
        var answer = Safely(a => a.AnswerTopic(topicId), context);
        if (answer is not null)
        {
            context.Send(shape(answer));
            if (isNewAnswer)
            {
                context.RecordAnswer(AnsweredQuestion.Of(answer, topicOpened: true));
            }
        }
        else if (context.Replies.Count == 0)
        {
            context.Send(BotTexts.TopicNotFound);
        }
    }

    private Answer? Safely(Func<IQuestionAnswerer, Answer?> call, TurnContext context)
    {
        try
        {
            return call(answerer());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The full trace once; after that one line each, so a missing KB does not flood the log.
            if (Interlocked.Increment(ref _failuresLogged) == 1)
            {
                logger.LogError(exception, "Knowledge base failed to answer");
            }
            else
            {
                logger.LogError("Knowledge base failed to answer: {Error}", exception.Message);
            }

            context.Send(BotTexts.KnowledgeUnavailable);
            return null;
        }
    }
}

using System.Text;
using Microsoft.Extensions.Logging;
using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Conversation;

/// <summary>The last stage: free text goes to the knowledge base; <c>topic:&lt;id&gt;</c> buttons open a topic.</summary>
public sealed class KnowledgeHandler(Func<IQuestionAnswerer> answerer, ILogger<KnowledgeHandler> logger) : TurnHandler
{
    /// <summary>Prefix of follow-up button data.</summary>
    public const string TopicPrefix = "topic:";

    private const int MaxQuestionLength = 2000;
    private const int MaxButtons = 3;
    private const int MaxButtonDataBytes = 64;
    private const int MaxLabelLength = 60;

    private int _failuresLogged;

    /// <inheritdoc />
    public override Task<bool> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var data = context.Turn.ButtonData;
        if (data is not null)
        {
            if (!data.StartsWith(TopicPrefix, StringComparison.Ordinal))
            {
                context.Send(BotTexts.TopicNotFound);
                return Task.FromResult(true);
            }

            var answer = Safely(a => a.AnswerTopic(data[TopicPrefix.Length..]), context);
            if (answer is not null)
            {
                context.Send(Render(answer));
            }
            else if (context.Replies.Count == 0)
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

        var asked = Safely(a => a.Ask(question), context);
        if (asked is not null)
        {
            context.Send(Render(asked));
        }

        return Task.FromResult(true);
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

    private static Reply Render(Answer answer)
    {
        var topics = answer.Verdict == Verdict.TidakTahu ? answer.Suggestions : answer.Related;
        var buttons = topics
            .Where(t => Encoding.UTF8.GetByteCount(TopicPrefix + t.TopicId) <= MaxButtonDataBytes)
            .Take(MaxButtons)
            .Select(t => new ReplyButton(Shorten(t.Title), TopicPrefix + t.TopicId))
            .ToList();
        if (buttons.Count == 0)
        {
            return Reply.Plain(answer.Text);
        }

        var heading = answer.Verdict == Verdict.TidakTahu ? BotTexts.SuggestionsHeading : BotTexts.RelatedHeading;
        var text = answer.Text.Contains(heading, StringComparison.Ordinal) ? answer.Text : answer.Text + "\n\n" + heading;
        return Reply.WithButtonRows(text, buttons);
    }

    private static string Shorten(string title) => title.Length <= MaxLabelLength ? title : title[..(MaxLabelLength - 1)].TrimEnd() + "…";
}

using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Conversation;

/// <summary>
/// The last stage: free text goes to the knowledge base; <c>topic:&lt;id&gt;</c> buttons open a topic. After a
/// clarifying question ("Maksud Anda yang mana? 1. … 2. …") the user is in the small dialog <see cref="ChoiceDialog"/>
/// until the next turn, so a typed number opens that choice; anything else is a new question.
/// </summary>
internal sealed class KnowledgeHandler(Func<IQuestionAnswerer> answerer, ILogger<KnowledgeHandler> logger) : TurnHandler, IDialog
{
    /// <summary>Prefix of follow-up button data.</summary>
    public const string TopicPrefix = "topic:";

    /// <summary>The dialog name kept while a clarifying question waits for its answer.</summary>
    public const string ChoiceDialog = "pilih-topik";

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
            if (asked.Choices.Count > 0)
            {
                context.SetState(new DialogState(ChoiceDialog, JsonSerializer.Serialize(asked.Choices.Select(c => c.TopicId).ToArray())));
            }
        }

        return Task.FromResult(true);
    }

    /// <inheritdoc />
    string IDialog.Name => ChoiceDialog;

    /// <summary>The turn after a clarifying question: "1", "2)", "nomor 3" open that choice; anything else is handled as usual.</summary>
    public Task ContinueAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var choices = ReadChoices(context.State?.Json);
        context.ClearState();
        if (context.Turn.ButtonData is null && ChoiceNumber(context.Text, choices.Length) is { } number)
        {
            var answer = Safely(a => a.AnswerTopic(choices[number - 1]), context);
            if (answer is not null)
            {
                context.Send(Render(answer));
            }
            else if (context.Replies.Count == 0)
            {
                context.Send(BotTexts.TopicNotFound);
            }

            return Task.CompletedTask;
        }

        return HandleAsync(context, cancellationToken);
    }

    private static string[] ReadChoices(string? json)
    {
        try
        {
            return json is null ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];
        }
        catch (JsonException)
        {
            return []; // a state written by another version: treat the turn as a new question.
        }
    }

    private static int? ChoiceNumber(string text, int count)
    {
        var words = text.ToLowerInvariant().Split([' ', '(', ')', '.', ':', '#'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("nomor" or "no" or "pilih" or "yang"))
            .ToList();
        return words.Count == 1 && int.TryParse(words[0], out var number) && number >= 1 && number <= count ? number : null;
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

        if (answer.Choices.Count > 0)
        {
            // The clarifying question lists its numbered choices itself; the buttons carry the same numbers.
            return Reply.WithButtonRows(answer.Text, buttons.Select((b, i) => b with { Label = Shorten($"{i + 1}. {b.Label}") }).ToList());
        }

        var heading = answer.Verdict == Verdict.TidakTahu ? BotTexts.SuggestionsHeading : BotTexts.RelatedHeading;
        var text = answer.Text.Contains(heading, StringComparison.Ordinal) ? answer.Text : answer.Text + "\n\n" + heading;
        return Reply.WithButtonRows(text, buttons);
    }

    private static string Shorten(string title) => title.Length <= MaxLabelLength ? title : title[..(MaxLabelLength - 1)].TrimEnd() + "…";
}

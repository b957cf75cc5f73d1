using System.Text;
using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Conversation;

/// <summary>
/// The chat shape of a knowledge answer: the verdict line, two or three sentences, "Sebaiknya: …", then buttons for
/// the legal basis and the related topics. The full text (<see cref="Answer.Text"/>) stays what <c>ask</c> prints.
/// </summary>
internal static class AnswerReplies
{
    /// <summary>Prefix of the data of the "Dasar hukum &amp; sanksi" button; the entry id follows.</summary>
    public const string DetailsPrefix = "dasar:";

    /// <summary>Prefix of the data of a topic button; the entry id follows (answered in the short shape).</summary>
    public const string TopicPrefix = "topic:";

    private const int MaxTopicButtons = 3;
    private const int MaxButtonDataBytes = 64;
    private const int MaxLabelLength = 60;

    /// <summary>The short reply to an answer; <paramref name="withDisclaimer"/> adds the disclaimer (once a day per chat).</summary>
    public static Reply Compact(Answer answer, bool withDisclaimer)
    {
        if (answer.Parts is not { } parts)
        {
            return answer.Verdict == Verdict.TidakTahu ? Choices(answer) : WithRelated(answer.Text, answer.Related);
        }

        var text = new StringBuilder(parts.Heading);
        foreach (var note in parts.Notes)
        {
            text.Append("\n\n").Append(note);
        }

        var (lead, shortened) = LeadSentences.Of(parts.Body);
        text.Append("\n\n").Append(lead);
        if (parts.Advice is not null)
        {
            text.Append("\n\n").Append(AnswerParts.AdviceLabel).Append(' ').Append(parts.Advice);
        }

        if (withDisclaimer && parts.Disclaimer is not null)
        {
            text.Append("\n\n").Append(parts.Disclaimer);
        }

        var buttons = new List<ReplyButton>();
        if (answer.TopicId is { } id && HasDetails(parts, shortened) && Fits(DetailsPrefix + id))
        {
            buttons.Add(new ReplyButton(parts.Sanction is null ? BotTexts.DetailsButtonNoSanction : BotTexts.DetailsButton, DetailsPrefix + id));
        }

        var related = TopicButtons(answer.Related);
        if (related.Count > 0)
        {
            text.Append("\n\n").Append(BotTexts.RelatedHeading);
            buttons.AddRange(related);
        }

        return Reply.WithButtonRows(text.ToString(), buttons);
    }

    /// <summary>What the "Dasar hukum &amp; sanksi" button shows: the rest of the explanation, the legal basis, the sanction and the sources.</summary>
    public static Reply Details(Answer answer)
    {
        if (answer.Parts is not { } parts)
        {
            return Reply.Plain(answer.Text);
        }

        var text = new StringBuilder(BotTexts.DetailsHeading).Append('\n').Append(parts.Heading);
        if (LeadSentences.Of(parts.Body).Shortened)
        {
            text.Append("\n\n").Append(BotTexts.FullExplanation).Append(' ').Append(parts.Body);
        }

        parts.AppendBasisSanctionAndSources(text);

        if (parts.CheckedOnLine is not null)
        {
            text.Append("\n\n").Append(parts.CheckedOnLine);
        }

        return Reply.Plain(text.ToString());
    }

    /// <summary>
    /// A clarifying question or a "not sure" reply: its text lists the topics as "1." to "N."; the buttons carry the
    /// same numbers, and a typed number opens one (see <see cref="KnowledgeHandler"/>).
    /// </summary>
    public static Reply Choices(Answer answer)
    {
        var topics = answer.Choices.Count > 0 ? answer.Choices : answer.Suggestions;
        var buttons = TopicButtons(topics);
        if (buttons.Count == 0)
        {
            return Reply.Plain(answer.Text);
        }

        var numbered = buttons.Select((b, i) => b with { Label = Shorten($"{i + 1}. {b.Label}") }).ToList();
        return Reply.WithButtonRows(answer.Text, numbered) with { NumberedInText = numbered.Count };
    }

    /// <summary>The ids a typed number opens after <see cref="Choices"/>, in the order shown.</summary>
    public static IReadOnlyList<string> ChoiceIds(Answer answer) =>
        TopicButtons(answer.Choices.Count > 0 ? answer.Choices : answer.Suggestions).Select(b => b.Data[TopicPrefix.Length..]).ToList();

    /// <summary>Shortens a button label to what fits on a phone.</summary>
    public static string Shorten(string title) => title.Length <= MaxLabelLength ? title : title[..(MaxLabelLength - 1)].TrimEnd() + "…";

    // An answer without parts (another answerer) keeps its full text, with its related topics as buttons.
    private static Reply WithRelated(string text, IReadOnlyList<TopicSuggestion> related)
    {
        var buttons = TopicButtons(related);
        return buttons.Count == 0 ? Reply.Plain(text) : Reply.WithButtonRows(text + "\n\n" + BotTexts.RelatedHeading, buttons);
    }

    private static bool HasDetails(AnswerParts parts, bool shortened) =>
        shortened || parts.LegalBases.Count > 0 || parts.Sanction is not null || parts.SourcesLine is not null;

    private static List<ReplyButton> TopicButtons(IReadOnlyList<TopicSuggestion> topics) =>
        topics
            .Where(t => Fits(TopicPrefix + t.TopicId))
            .Take(MaxTopicButtons)
            .Select(t => new ReplyButton(Shorten(t.Title), TopicPrefix + t.TopicId))
            .ToList();

    private static bool Fits(string data) => Encoding.UTF8.GetByteCount(data) <= MaxButtonDataBytes;
}

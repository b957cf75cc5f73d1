namespace NetralBot.Knowledge.Answering;

/// <summary>A topic offered to the user as a follow-up or as a "did you mean" suggestion.</summary>
/// <param name="TopicId">The knowledge-base entry id.</param>
/// <param name="Title">The entry's main question, shown on a button or in a list.</param>
public sealed record TopicSuggestion(string TopicId, string Title);

/// <summary>The bot's answer to one question, channel-neutral.</summary>
/// <param name="Question">The question as the user typed it.</param>
/// <param name="Verdict">The ruling; <see cref="Verdict.TidakTahu"/> when the bot is not sure.</param>
/// <param name="TopicId">The entry answered from, or null when none was chosen.</param>
/// <param name="Confidence">Calibrated confidence in [0, 1].</param>
/// <param name="Text">The full reply as plain text (no markup; channels add their own).</param>
/// <param name="Sources">The legal bases cited.</param>
/// <param name="Suggestions">"Mungkin maksud Anda" topics when the verdict is TIDAK_TAHU.</param>
/// <param name="Related">Follow-up topics of the chosen entry.</param>
public sealed record Answer(
    string Question,
    Verdict Verdict,
    string? TopicId,
    double Confidence,
    string Text,
    IReadOnlyList<string> Sources,
    IReadOnlyList<TopicSuggestion> Suggestions,
    IReadOnlyList<TopicSuggestion> Related)
{
    /// <summary>
    /// The topics of a clarifying question ("Maksud Anda: (1) …, (2) …?"), with verdict
    /// <see cref="Verdict.TidakTahu"/>; empty for every other answer.
    /// </summary>
    public IReadOnlyList<TopicSuggestion> Choices { get; init; } = [];

    /// <summary>The pieces of <see cref="Text"/> for an answer from an entry or the neutrality refusal; null otherwise.</summary>
    public AnswerParts? Parts { get; init; }
}

/// <summary>Answers free-text questions from the knowledge base.</summary>
public interface IQuestionAnswerer
{
    /// <summary>Answers one question. Never throws for any text, including empty or huge input.</summary>
    Answer Ask(string question);

    /// <summary>Answers with the entry of a known id (used for follow-up buttons), or null when the id is unknown.</summary>
    Answer? AnswerTopic(string topicId);
}

using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Feedback;

/// <summary>An answer shown with feedback buttons, remembered for <see cref="FeedbackOptions.ShownAnswerRetention"/>.</summary>
/// <param name="Id">The random id the buttons carry.</param>
/// <param name="ChatKey">The keyed hash of the chat, to find the last answer there for typed feedback.</param>
/// <param name="UserHash">The keyed hash of the user who asked.</param>
/// <param name="Question">The question with personal data scrubbed (<see cref="PersonalDataScrubber"/>).</param>
/// <param name="TopicId">The entry answered from.</param>
/// <param name="Verdict">The verdict given.</param>
/// <param name="Confidence">The answer's confidence.</param>
/// <param name="ShownAt">When it was answered.</param>
internal sealed record ShownAnswer(
    string Id, string ChatKey, string UserHash, string Question, string? TopicId, Verdict Verdict, double Confidence, DateTimeOffset ShownAt);

namespace NetralBot.Bot.Feedback;

/// <summary>Why a question is in the question log.</summary>
internal enum FeedbackKind
{
    /// <summary>Answered TIDAK_TAHU (not sure, asked back, out of scope) or below <see cref="FeedbackOptions.LowConfidence"/>.</summary>
    Unanswered,

    /// <summary>The user said the answer helped (👍).</summary>
    Helpful,

    /// <summary>The user said the answer was not right (👎).</summary>
    Unhelpful,
}

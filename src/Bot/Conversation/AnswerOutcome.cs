namespace NetralBot.Bot.Conversation;

/// <summary>How the knowledge step dealt with a turn.</summary>
internal enum AnswerOutcome
{
    /// <summary>A typed question got a verdict from an entry.</summary>
    Answered,

    /// <summary>The user opened an entry (a topic button or a clarifying choice): the title stands for the question.</summary>
    TopicOpened,

    /// <summary>The bot asked which of two or three entries was meant.</summary>
    Clarifying,

    /// <summary>The bot was not sure and offered the closest topics (or refused an out-of-scope question).</summary>
    NotSure,
}

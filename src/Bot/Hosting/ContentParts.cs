namespace NetralBot.Bot.Hosting;

/// <summary>The content files a verb reads, so it checks exactly those at start.</summary>
[Flags]
internal enum ContentParts
{
    None = 0,

    /// <summary><c>faq-id.md</c>, required.</summary>
    KnowledgeBase = 1,

    /// <summary><c>ikrar.md</c>, required.</summary>
    PledgeText = 2,

    /// <summary><c>kalender.md</c>, required.</summary>
    Calendar = 4,

    /// <summary><c>kalender.md</c> when it exists (a bot without reminders runs without it).</summary>
    CalendarIfPresent = 8,

    /// <summary><c>topik.md</c> when it exists, checked against the entries of <c>faq-id.md</c> (the chat verbs).</summary>
    TopicsIfPresent = 32, // 16 is h13c's AgencyListIfPresent
}

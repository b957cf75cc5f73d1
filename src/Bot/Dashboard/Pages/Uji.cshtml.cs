using NetralBot.Knowledge;
using NetralBot.Knowledge.Answering;
using NetralBot.Knowledge.Search;
using NetralBot.Knowledge.Situation;

namespace NetralBot.Bot.Dashboard.Pages;

/// <summary>Uji jawaban: the bot's reading of a typed question (actor, acts, intent), its top entries with scores, and the answer.</summary>
internal sealed class UjiModel(IQuestionAnswerer answerer) : DashboardPageModel
{
    /// <summary>The question.</summary>
    public string? Question { get; private set; }

    /// <summary>The answer the bot gives.</summary>
    public Answer? Answer { get; private set; }

    /// <summary>The situation reading; null when the answerer is not the knowledge engine.</summary>
    public SituationReading? Reading { get; private set; }

    /// <summary>The top entries by retrieval score.</summary>
    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];

    /// <summary>Answers <paramref name="tanya"/>, if given.</summary>
    public void OnGet(string? tanya)
    {
        Question = tanya?.Trim();
        if (string.IsNullOrEmpty(Question))
        {
            return;
        }

        Answer = answerer.Ask(Question);
        var engine = answerer switch
        {
            KnowledgeEngine direct => direct,
            Feedback.LiveKnowledgeBase live => live.Current,
            _ => null,
        };
        if (engine is not null)
        {
            Reading = engine.Read(Question);
            Hits = engine.Search(Question, 5);
        }
    }
}

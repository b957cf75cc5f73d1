using Microsoft.AspNetCore.Mvc;
using NetralBot.Bot.Access;
using NetralBot.Bot.Feedback;
using NetralBot.Knowledge.Catalog;
using NetralBot.Knowledge.Search;

namespace NetralBot.Bot.Dashboard.Pages;

/// <summary>
/// Pertanyaan: the questions the bot could not answer, answered with low confidence, or answered in a way users marked
/// unhelpful, grouped, with the closest entries; a super admin attaches a group to an entry as a phrasing (live at
/// once) or marks it out of scope. Only scrubbed question text, counts, kinds and entries are shown: no user hash,
/// name or NIP. Questions carry no agency, so instansi admins may read the page but not act on it.
/// </summary>
internal sealed class PertanyaanModel(QuestionTriage triage, IQuestionTriageStore store, LiveKnowledgeBase knowledge) : DashboardPageModel
{
    /// <summary>The most groups shown at once, most frequent first.</summary>
    public const int ShownGroups = 50;

    /// <summary>The closest entries shown per group.</summary>
    public const int ClosestEntries = 3;

    /// <summary>The open groups shown, with their closest entries.</summary>
    public IReadOnlyList<(QuestionGroup Group, IReadOnlyList<SearchHit> Closest)> Groups { get; private set; } = [];

    /// <summary>How many open groups there are in all.</summary>
    public int OpenGroups { get; private set; }

    /// <summary>Every entry, by id, for the attach choice.</summary>
    public IReadOnlyList<KnowledgeEntry> Entries { get; private set; } = [];

    /// <summary>The phrasings attached so far (newest first), to copy into the file in review.</summary>
    public IReadOnlyList<StoredPhrasing> Attached { get; private set; } = [];

    /// <summary>A confirmation or an error.</summary>
    public string? Message { get; private set; }

    /// <summary>True when <see cref="Message"/> is an error.</summary>
    public bool IsError { get; private set; }

    /// <summary>The page.</summary>
    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    /// <summary>Attaches the group (<paramref name="jenis"/>, <paramref name="pertanyaan"/>) to <paramref name="entri"/>.</summary>
    public async Task<IActionResult> OnPostLampirkanAsync(string? jenis, string? pertanyaan, string? entri, string? frasa, CancellationToken cancellationToken)
    {
        EnsureSuper();
        var outcome = await triage.AttachAsync(CurrentUser.Actor, jenis, pertanyaan, entri, frasa, cancellationToken);
        return await ShowAsync(outcome, cancellationToken);
    }

    /// <summary>Marks the group (<paramref name="jenis"/>, <paramref name="pertanyaan"/>) out of scope.</summary>
    public async Task<IActionResult> OnPostLuarCakupanAsync(string? jenis, string? pertanyaan, CancellationToken cancellationToken)
    {
        EnsureSuper();
        var outcome = await triage.MarkOutOfScopeAsync(CurrentUser.Actor, jenis, pertanyaan, cancellationToken);
        return await ShowAsync(outcome, cancellationToken);
    }

    /// <summary>The kind as the page names it.</summary>
    public static string KindLabel(QuestionGroup group) => group.Kind switch
    {
        FeedbackKind.Unhelpful => "dinilai kurang tepat",
        _ when QuestionTriage.IsLowConfidence(group) => "keyakinan rendah",
        _ => "tak terjawab",
    };

    // Questions carry no agency: the decision changes the bot for everyone, so it is the super admins'.
    private void EnsureSuper()
    {
        if (!CurrentUser.IsSuper)
        {
            throw new AdminAccessDeniedException("Hanya admin super yang dapat melampirkan pertanyaan ke entri atau menandainya di luar cakupan.");
        }
    }

    private async Task<IActionResult> ShowAsync(TriageOutcome outcome, CancellationToken cancellationToken)
    {
        Message = outcome.Message;
        IsError = !outcome.Succeeded;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var engine = knowledge.Current;
        var open = await triage.OpenAsync(cancellationToken);
        OpenGroups = open.Count;
        Groups = open.Take(ShownGroups).Select(g => (g, engine.Search(g.Question, ClosestEntries))).ToList();
        Entries = engine.Entries.Where(e => e.Id.Length > 0).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        Attached = (await store.ListPhrasingsAsync(cancellationToken)).Reverse().ToList();
    }
}

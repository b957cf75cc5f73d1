namespace NetralBot.Knowledge.Catalog;

/// <summary>
/// The rules about where an entry's facts come from and how current they are, kept apart from
/// <see cref="KnowledgeBaseLinter"/> because they need outside input: today's date (this library has no clock, so the
/// caller passes it) and the list of revoked regulations.
/// </summary>
public static class ProvenanceLinter
{
    /// <summary>An entry last checked longer ago than this is reported: rules change between elections.</summary>
    public const int MaxMonthsSinceChecked = 12;

    /// <summary>Returns the knowledge base with the provenance findings added to its diagnostics.</summary>
    /// <param name="knowledgeBase">The parsed (and usually already linted) knowledge base.</param>
    /// <param name="today">Today's date, from the caller's clock.</param>
    /// <param name="revoked">Regulations the knowledge base marks as revoked.</param>
    public static KnowledgeBase Lint(KnowledgeBase knowledgeBase, DateOnly today, IReadOnlyList<RevokedRegulation> revoked)
    {
        var file = knowledgeBase.SourceName;
        var found = new List<KnowledgeBaseDiagnostic>(knowledgeBase.Diagnostics);
        var revokedByCitation = revoked.GroupBy(r => r.Citation, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

        foreach (var entry in knowledgeBase.Entries)
        {
            if (entry.CheckedOn is { } checkedOn && checkedOn.AddMonths(MaxMonthsSinceChecked) < today)
            {
                found.Add(new(file, entry.Line, DiagnosticSeverity.Warning, $"entri \"{entry.Id}\" terakhir diperiksa {checkedOn:yyyy-MM-dd}, lebih dari {MaxMonthsSinceChecked} bulan lalu; periksa lagi terhadap peraturan terbaru dan perbarui \"Diperiksa\""));
            }

            if (entry.Sources.Count == 0)
            {
                found.Add(new(file, entry.Line, DiagnosticSeverity.Warning, $"entri \"{entry.Id}\" tanpa sumber (tambahkan \"- Sumber: S24, S179\" atau tautan resmi di bawah \"Diperiksa\")"));
            }

            foreach (var basis in entry.LegalBases)
            {
                if (RevokedRegulations.MentionsRevocation(basis))
                {
                    continue;
                }

                foreach (var (citation, _) in RevokedRegulations.Citations(basis))
                {
                    if (revokedByCitation.TryGetValue(citation, out var regulation))
                    {
                        found.Add(new(file, entry.Line, DiagnosticSeverity.Error, $"entri \"{entry.Id}\": dasar hukum \"{basis}\" mengutip {citation}, yang sudah dicabut ({regulation.Note}); kutip penggantinya atau tulis bahwa {citation} sudah dicabut/historis"));
                    }
                }
            }
        }

        found.Sort((a, b) => a.Line.CompareTo(b.Line));
        return knowledgeBase with { Diagnostics = found };
    }
}

namespace NetralBot.Knowledge.Catalog;

/// <summary>A parsed knowledge-base file: its entries and any problems found while reading or linting it.</summary>
/// <param name="SourceName">The file name used in diagnostics.</param>
/// <param name="Entries">The entries in file order (entries with errors included, as far as they could be read).</param>
/// <param name="Diagnostics">Problems found, in line order.</param>
public sealed record KnowledgeBase(
    string SourceName,
    IReadOnlyList<KnowledgeEntry> Entries,
    IReadOnlyList<KnowledgeBaseDiagnostic> Diagnostics)
{
    /// <summary>True when no diagnostic is an error.</summary>
    public bool IsValid => Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
}

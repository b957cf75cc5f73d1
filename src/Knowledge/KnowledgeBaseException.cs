using NetralBot.Knowledge.Catalog;

namespace NetralBot.Knowledge;

/// <summary>The knowledge-base file has errors; the message lists them as <c>file:line: message</c>.</summary>
internal sealed class KnowledgeBaseException : Exception
{
    /// <summary>Creates the exception from the linter's findings.</summary>
    public KnowledgeBaseException(IReadOnlyList<KnowledgeBaseDiagnostic> diagnostics)
        : base("Basis pengetahuan berisi kesalahan:\n" + string.Join('\n', diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>All findings, errors and warnings.</summary>
    public IReadOnlyList<KnowledgeBaseDiagnostic> Diagnostics { get; }
}

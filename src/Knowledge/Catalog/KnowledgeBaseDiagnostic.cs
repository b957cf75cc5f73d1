namespace NetralBot.Knowledge.Catalog;

/// <summary>How serious a knowledge-base problem is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth fixing; the entry still works.</summary>
    Warning,

    /// <summary>The entry is wrong or unusable; <c>kb lint</c> fails.</summary>
    Error,
}

/// <summary>A problem found in a knowledge-base file, located by line.</summary>
/// <param name="File">The file name as given to the parser.</param>
/// <param name="Line">1-based line number.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">What is wrong, in words an admin understands.</param>
public sealed record KnowledgeBaseDiagnostic(string File, int Line, DiagnosticSeverity Severity, string Message)
{
    /// <summary>Formats as <c>file:line: error: message</c>, the shape editors and CI logs understand.</summary>
    public override string ToString() =>
        $"{File}:{Line}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")}: {Message}";
}

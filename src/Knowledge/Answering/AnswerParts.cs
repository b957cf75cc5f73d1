using System.Text;

namespace NetralBot.Knowledge.Answering;

/// <summary>
/// The pieces an entry's answer text is made of, so a chat channel can show the verdict and the advice first and the
/// legal basis on request. <see cref="Answer.Text"/> stays the full text built from the same pieces.
/// </summary>
/// <param name="Heading">The verdict line, e.g. "⛔ DILARANG — Bolehkah ASN …?".</param>
/// <param name="Notes">Notes about this question (a stricter reading was chosen, the rule is written for another actor).</param>
/// <param name="Body">The explanation.</param>
/// <param name="Advice">What to do instead, without its label; null when the entry has none.</param>
/// <param name="LegalBases">The regulations and articles, one per item.</param>
/// <param name="Sanction">The sanction, without its label; null when none is stated or it is already in the body.</param>
/// <param name="SourcesLine">The provenance line ("Sumber: …"), or null.</param>
/// <param name="CheckedOnLine">"Informasi per …", or null.</param>
/// <param name="Disclaimer">The general-information disclaimer; null when the answer needs none (the neutrality refusal).</param>
public sealed record AnswerParts(
    string Heading,
    IReadOnlyList<string> Notes,
    string Body,
    string? Advice,
    IReadOnlyList<string> LegalBases,
    string? Sanction,
    string? SourcesLine,
    string? CheckedOnLine,
    string? Disclaimer)
{
    /// <summary>The label before <see cref="Advice"/>.</summary>
    public const string AdviceLabel = AnswerTexts.Advice;

    /// <summary>The label before <see cref="LegalBases"/>.</summary>
    public const string LegalBasisLabel = AnswerTexts.LegalBasis;

    /// <summary>The label before <see cref="Sanction"/>.</summary>
    public const string SanctionLabel = AnswerTexts.Sanction;

    /// <summary>
    /// Appends the legal basis, the sanction and the provenance line, each after a blank line: the block the full text
    /// and a chat's "Dasar hukum &amp; sanksi" reply share.
    /// </summary>
    public void AppendBasisSanctionAndSources(StringBuilder text)
    {
        if (LegalBases.Count > 0)
        {
            text.Append("\n\n").Append(LegalBasisLabel);
            foreach (var basis in LegalBases)
            {
                text.Append("\n• ").Append(basis);
            }
        }

        if (Sanction is not null)
        {
            text.Append("\n\n").Append(SanctionLabel).Append(' ').Append(Sanction);
        }

        if (SourcesLine is not null)
        {
            text.Append("\n\n").Append(SourcesLine);
        }
    }
}

using NetralBot.Knowledge.Answering;

namespace NetralBot.Knowledge.Catalog;

/// <summary>
/// Checks that an entry's answer opens with words that agree with its verdict, so the headline never contradicts
/// the text under it: a BOLEH or BERSYARAT answer must not open with "Tidak boleh" or "Dilarang", a DILARANG answer
/// must not open with "Boleh", and a BOLEH answer must not state conditions ("Boleh dengan syarat") that make it
/// BERSYARAT.
/// </summary>
internal static class VerdictWording
{
    private static readonly string[] Forbidding = ["tidak boleh", "dilarang", "jangan", "tidak diperbolehkan", "tidak diizinkan", "terlarang"];
    private static readonly string[] Conditional = ["boleh dengan syarat", "boleh hanya", "boleh asal", "boleh, asal", "boleh, dengan syarat", "bersyarat"];
    private static readonly string[] Allowing = ["boleh", "ya", "tentu", "silakan", "bisa"];

    /// <summary>The contradiction found, or null when the opening agrees with the verdict (INFO is not checked).</summary>
    public static string? Contradiction(Verdict verdict, string answer)
    {
        var opening = FirstSentence(answer).ToLowerInvariant();
        var forbids = Forbidding.Any(opening.StartsWith);
        var conditional = Conditional.Any(opening.StartsWith);
        var allows = !forbids && Allowing.Any(w => opening.StartsWith(w, StringComparison.Ordinal) && (opening.Length == w.Length || !char.IsLetter(opening[w.Length])));
        return verdict switch
        {
            Verdict.Boleh when forbids => "putusan BOLEH, tetapi jawaban dibuka dengan larangan",
            Verdict.Boleh when conditional => "putusan BOLEH, tetapi jawaban dibuka dengan syarat (pakai BERSYARAT)",
            Verdict.Bersyarat when forbids => "putusan BERSYARAT, tetapi jawaban dibuka dengan larangan",
            Verdict.Dilarang when allows || conditional => "putusan DILARANG, tetapi jawaban dibuka dengan \"boleh\"",
            _ => null,
        };
    }

    /// <summary>True when the opening states no verdict at all (a warning: readers see the headline only).</summary>
    public static bool OpensWithoutVerdict(Verdict verdict, string answer)
    {
        if (verdict == Verdict.Info)
        {
            return false;
        }

        var opening = FirstSentence(answer).ToLowerInvariant();
        return !Forbidding.Concat(Conditional).Concat(Allowing).Any(w => opening.StartsWith(w, StringComparison.Ordinal));
    }

    private static string FirstSentence(string text)
    {
        var trimmed = text.TrimStart();
        var end = trimmed.IndexOfAny(['.', '\n']);
        return end < 0 ? trimmed : trimmed[..end];
    }
}

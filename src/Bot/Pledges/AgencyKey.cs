using System.Text;

namespace NetralBot.Bot.Pledges;

/// <summary>
/// The one rule by which two spellings name the same agency, on every database: Unicode NFKC (full-width
/// "Ｄｉｎａｓ" and compatibility forms become "Dinas"), lower case by the invariant culture (never the machine's, so a
/// Turkish locale cannot change a key), and every run of white space one space, trimmed. Computed here and stored next
/// to the agency (<c>pledges.agency_key</c>), then compared by plain equality: SQLite's <c>COLLATE NOCASE</c> folds only
/// ASCII and PostgreSQL's <c>lower()</c> depends on the server's locale, so neither may decide.
/// </summary>
internal static class AgencyKey
{
    /// <summary>The key of an agency as typed or stored, e.g. "  DINAS  Pendidikan " → "dinas pendidikan".</summary>
    public static string Of(string agency)
    {
        var folded = agency.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var key = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
            {
                key.Append(c);
            }
            else if (key.Length > 0 && key[^1] != ' ')
            {
                key.Append(' ');
            }
        }

        if (key.Length > 0 && key[^1] == ' ')
        {
            key.Length--;
        }

        return key.ToString();
    }

    /// <summary>Whether two spellings name the same agency.</summary>
    public static bool Same(string left, string right) => Of(left) == Of(right);
}

using System.Globalization;
using System.Text;
using FuzzySharp;

namespace NetralBot.Bot.Pledges.Agencies;

/// <summary>
/// The agencies of <c>content/instansi.md</c>: canonical names, their known spellings and the abbreviations people type,
/// and the match of what a user typed to one of them (normalised, abbreviations expanded, then FuzzySharp).
/// </summary>
internal sealed class AgencyList
{
    /// <summary>A fuzzy score (0–100, FuzzySharp's token-sort ratio) from which a name is offered for confirmation.</summary>
    public const int ProbableScore = 86;

    private readonly Dictionary<string, string> _abbreviations;
    private readonly Dictionary<string, string> _canonicalByKey;
    private readonly string[] _keys;
    private readonly string[] _sortedKeys;

    /// <summary>Builds the list; <paramref name="agencies"/> maps each canonical name to its other spellings.</summary>
    public AgencyList(IReadOnlyDictionary<string, IReadOnlyList<string>> agencies, IReadOnlyDictionary<string, string> abbreviations)
    {
        _abbreviations = abbreviations.ToDictionary(a => Fold(a.Key), a => Fold(a.Value), StringComparer.Ordinal);
        _canonicalByKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (canonical, spellings) in agencies)
        {
            foreach (var spelling in spellings.Prepend(canonical))
            {
                _canonicalByKey.TryAdd(Normalize(spelling), canonical);
            }
        }

        _keys = [.. _canonicalByKey.Keys];
        _sortedKeys = [.. _keys.Select(SortTokens)];
        Canonical = [.. agencies.Keys];
    }

    /// <summary>An empty list: every agency is unknown.</summary>
    public static AgencyList Empty { get; } = new(new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, string>());

    /// <summary>The canonical names, in file order.</summary>
    public IReadOnlyList<string> Canonical { get; }

    /// <summary>Every listed spelling (canonical names included), normalised as <see cref="Normalize"/> does.</summary>
    public IReadOnlyList<string> NormalizedSpellings => _keys;

    /// <summary>Matches typed text to a listed agency.</summary>
    public AgencyMatch Match(string typed)
    {
        var key = Normalize(typed);
        if (key.Length == 0 || _keys.Length == 0)
        {
            return new AgencyMatch(AgencyMatchKind.Unknown, null, 0);
        }

        if (_canonicalByKey.TryGetValue(key, out var exact))
        {
            return new AgencyMatch(AgencyMatchKind.Certain, exact, 100);
        }

        // Token-sort ratio: word order and typos count, a shared word alone ("kecamatan") does not; FuzzySharp's default
        // weighted ratio scores a partial overlap up to 90, which would offer "Kecamatan Abepura" for any other kecamatan.
        // FuzzySharp's TokenSortScorer sorts both sides' words on every call; the keys' sorted forms are made once.
        var sortedKey = SortTokens(key);
        var (bestIndex, bestScore) = (-1, -1);
        for (var i = 0; i < _sortedKeys.Length; i++)
        {
            var score = Fuzz.Ratio(sortedKey, _sortedKeys[i]);
            if (score > bestScore)
            {
                (bestIndex, bestScore) = (i, score);
            }
        }

        return bestScore >= ProbableScore
            ? new AgencyMatch(AgencyMatchKind.Probable, _canonicalByKey[_keys[bestIndex]], bestScore)
            : new AgencyMatch(AgencyMatchKind.Unknown, null, bestScore);
    }

    // The words in the order FuzzySharp's token-sort scorer puts them (LINQ's default string order).
    private static string SortTokens(string normalized) =>
        string.Join(' ', normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).OrderBy(word => word));

    /// <summary>Lower case, letters and digits only, single spaces, every abbreviation replaced by its words.</summary>
    public string Normalize(string text)
    {
        var words = Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(w => _abbreviations.GetValueOrDefault(w, w)));
    }

    // "Kab." and "KAB" alike; diacritics off, so "Kecamatan Sungai Tabuk" and a mistyped accent compare equal.
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

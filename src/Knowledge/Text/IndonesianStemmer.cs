namespace NetralBot.Knowledge.Text;

/// <summary>
/// A dictionary-backed Indonesian stemmer in the confix-stripping family (Nazief–Adriani / ECS): particles
/// (-lah, -kah, -tah, -pun), possessives (-ku, -mu, -nya), derivational suffixes (-kan, -an, -i) and up to three
/// prefixes (di-, ke-, se-, me-, pe-, be-, te-, per- with their sound changes). A candidate counts only when it is a
/// known root, so a word whose root is unknown is returned whole rather than cut to a wrong stem. Domain words in
/// the root list ("pemilu", "pegawai", "kepala", "kampanye") are therefore never cut.
/// </summary>
internal sealed class IndonesianStemmer
{
    private const int MaxPrefixes = 3;

    private static readonly string[] Particles = ["lah", "kah", "tah", "pun"];
    private static readonly string[] Possessives = ["nya", "ku", "mu"];
    private static readonly string[] DerivationalSuffixes = ["an", "kan", "i"];

    private readonly IReadOnlySet<string> roots;

    /// <summary>Creates a stemmer over a set of root words.</summary>
    public IndonesianStemmer(IReadOnlySet<string> roots) => this.roots = roots;

    /// <summary>True when the word is a known root.</summary>
    public bool IsRoot(string word) => roots.Contains(word);

    /// <summary>The root of <paramref name="word"/> (lower case), or the word itself when no known root is found.</summary>
    public string Stem(string word) => TryStem(word) ?? word;

    /// <summary>The root of <paramref name="word"/>, or null when no known root is found.</summary>
    public string? TryStem(string word)
    {
        if (roots.Contains(word))
        {
            return word;
        }

        if (word.Length <= 3 || !word.All(char.IsLetter))
        {
            return null;
        }

        var inflected = InflectionalForms(word);
        foreach (var form in inflected)
        {
            if (roots.Contains(form))
            {
                return form;
            }
        }

        foreach (var form in inflected)
        {
            foreach (var bare in DerivationalForms(form))
            {
                if (roots.Contains(bare))
                {
                    return bare;
                }
            }
        }

        foreach (var form in inflected)
        {
            // Suffix first (ECS order), then the word with its suffix kept: "berikan" → "beri", "pergerakan" → "gerak".
            foreach (var bare in DerivationalForms(form).Append(form))
            {
                if (StripPrefixes(bare, MaxPrefixes) is { } root)
                {
                    return root;
                }
            }

            // Prefix first, then suffix: confixes such as be-…-an, me-…-i, di-…-i ("bermainan", "menyukai").
            foreach (var prefixless in PrefixCandidates(form))
            {
                foreach (var bare in DerivationalForms(prefixless))
                {
                    if (roots.Contains(bare))
                    {
                        return bare;
                    }
                }
            }
        }

        return null;
    }

    private string? StripPrefixes(string word, int depth)
    {
        foreach (var candidate in PrefixCandidates(word))
        {
            if (roots.Contains(candidate))
            {
                return candidate;
            }
        }

        if (depth > 1)
        {
            foreach (var candidate in PrefixCandidates(word))
            {
                if (StripPrefixes(candidate, depth - 1) is { } root)
                {
                    return root;
                }
            }
        }

        return null;
    }

    /// <summary>The word, without particle, without possessive, and without both.</summary>
    private static List<string> InflectionalForms(string word)
    {
        var forms = new List<string> { word };
        var withoutParticle = StripAny(word, Particles);
        if (withoutParticle is not null)
        {
            forms.Add(withoutParticle);
        }

        foreach (var form in forms.ToArray())
        {
            if (StripAny(form, Possessives) is { } withoutPossessive)
            {
                forms.Add(withoutPossessive);
            }
        }

        return forms;
    }

    private static IEnumerable<string> DerivationalForms(string word)
    {
        foreach (var suffix in DerivationalSuffixes)
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var bare = word[..^suffix.Length];
                yield return bare;
                if (suffix == "kan")
                {
                    // "memasukkan" → "memasuk": the root's own final k merges with -kan.
                    yield return bare + "k";
                }
            }
        }
    }

    private static string? StripAny(string word, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return null;
    }

    /// <summary>Every reading of the word with one prefix removed, most likely first.</summary>
    private static List<string> PrefixCandidates(string word)
    {
        var candidates = new List<string>(4);
        void Add(int cut, string restore = "")
        {
            if (word.Length - cut + restore.Length >= 3)
            {
                candidates.Add(restore + word[cut..]);
            }
        }

        if (word.StartsWith("di", StringComparison.Ordinal))
        {
            Add(2);
        }

        if (word.StartsWith("ke", StringComparison.Ordinal))
        {
            Add(2);
        }

        if (word.StartsWith("se", StringComparison.Ordinal))
        {
            Add(2);
        }

        if (word.StartsWith("ter", StringComparison.Ordinal))
        {
            Add(3);
        }

        if (word.StartsWith("ber", StringComparison.Ordinal))
        {
            Add(3);
        }
        else if (word.StartsWith("belajar", StringComparison.Ordinal))
        {
            Add(3); // the one word where ber- becomes bel-
        }
        else if (word.StartsWith("be", StringComparison.Ordinal))
        {
            Add(2); // bekerja → kerja
        }

        if (word.StartsWith("per", StringComparison.Ordinal))
        {
            Add(3);
        }
        else if (word.StartsWith("pelajar", StringComparison.Ordinal))
        {
            Add(3); // the one word where per- becomes pel-
        }

        AddNasal(word, "me", Add);
        AddNasal(word, "pe", Add);

        // Chat forms without me-: "nyoblos" → coblos, "ngajak" → ajak, "milih" → pilih, "nulis" → tulis.
        if (word.StartsWith("nge", StringComparison.Ordinal))
        {
            Add(3);
        }

        if (word.StartsWith("ny", StringComparison.Ordinal) && word.Length > 3 && IsVowel(word[2]))
        {
            Add(2, "c");
            Add(2, "s");
        }
        else if (word.StartsWith("ng", StringComparison.Ordinal) && word.Length > 3 && IsVowel(word[2]))
        {
            Add(2);
            Add(2, "k");
        }
        else if (word[0] == 'm' && IsVowel(word[1]))
        {
            Add(1, "p"); // milih → pilih, makai → pakai
        }
        else if (word[0] == 'n' && IsVowel(word[1]))
        {
            Add(1, "t"); // nerima → terima, nulis → tulis
        }

        return candidates;
    }

    /// <summary>me- and pe- with their nasal assimilation (meN-, peN-).</summary>
    private static void AddNasal(string word, string head, Action<int, string> add)
    {
        if (!word.StartsWith(head, StringComparison.Ordinal) || word.Length < 5)
        {
            return;
        }

        var rest = word[2..];
        var n = head.Length;
        if (rest.StartsWith("nge", StringComparison.Ordinal))
        {
            add(n + 3, string.Empty); // mengecat → cat
        }

        if (rest.StartsWith("ng", StringComparison.Ordinal))
        {
            if (IsVowel(rest[2]))
            {
                add(n + 2, string.Empty); // mengajak → ajak
                add(n + 2, "k"); // mengunjungi → kunjung
            }
            else
            {
                add(n + 2, string.Empty); // menggunakan → gunakan, menghadiri → hadiri
            }
        }
        else if (rest.StartsWith("ny", StringComparison.Ordinal) && IsVowel(rest[2]))
        {
            add(n + 2, "s"); // menyapu → sapu
            add(n + 2, "c"); // chat: menyoblos → coblos
        }
        else if (rest.StartsWith('n'))
        {
            if (rest[1] is 'c' or 'd' or 'j' or 'z' or 's')
            {
                add(n + 1, string.Empty); // mencoblos → coblos, mendukung → dukung
            }
            else if (IsVowel(rest[1]))
            {
                add(n + 1, "t"); // menerima → terima
                add(n + 1, "n");
            }
        }
        else if (rest.StartsWith('m'))
        {
            if (rest[1] is 'b' or 'f' or 'p' or 'v')
            {
                add(n + 1, string.Empty); // membagikan → bagikan, memperbaiki → perbaiki
            }
            else if (IsVowel(rest[1]))
            {
                add(n + 1, "p"); // memilih → pilih
                add(n + 1, "m");
            }
        }
        else if (rest[0] is 'l' or 'r' or 'w' or 'y')
        {
            add(n, string.Empty); // melarang → larang, merusak → rusak
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}

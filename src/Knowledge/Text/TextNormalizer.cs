using System.Globalization;
using System.Text;

namespace NetralBot.Knowledge.Text;

/// <summary>
/// Turns raw chat text into lower-case words: NFKC, emoji and punctuation removed, reduplication spelled out ("kata2" → "kata kata",
/// "yel-yel" → "yel yel") and Indonesian prefixes glued to loan words dropped ("di-share", "nge-like" → "share", "like").
/// </summary>
internal static class TextNormalizer
{
    /// <summary>Questions longer than this are cut; it bounds the work per message.</summary>
    public const int MaxLength = 2000;

    private static readonly HashSet<string> HyphenPrefixes = new(StringComparer.Ordinal)
    {
        "me", "mem", "men", "meng", "meny", "di", "nge", "ng", "ter", "ber", "ke", "se", "pe", "per",
    };

    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
        }

        var cleaned = Clean(text.Normalize(NormalizationForm.FormKC).ToLowerInvariant());
        foreach (var raw in cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            AddWord(raw, words);
        }

        return words;
    }

    /// <summary>Keeps letters, digits and inner hyphens; everything else becomes a space.</summary>
    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (c is '\'' or '’' or '`')
            {
                // jum'at → jumat
            }
            else if (c == '-' && builder.Length > 0 && char.IsLetterOrDigit(builder[^1]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                builder.Append('-');
            }
            else
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    private static void AddWord(string raw, List<string> words)
    {
        var hyphen = raw.IndexOf('-');
        if (hyphen > 0)
        {
            var head = raw[..hyphen];
            var tail = raw[(hyphen + 1)..];
            if (HyphenPrefixes.Contains(head))
            {
                AddWord(tail, words);
                return;
            }

            foreach (var part in raw.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                AddWord(part, words);
            }

            return;
        }

        var word = raw;
        if (word.Length > 2 && word[^1] == '2' && char.IsLetter(word[^2]))
        {
            // Chat reduplication: "ibu2" → "ibu ibu".
            var stem = word[..^1];
            words.Add(stem);
            words.Add(stem);
            return;
        }

        if (word.Length > 0)
        {
            words.Add(word);
        }
    }

    /// <summary>Letters repeated three or more times become one: "bolehhh" → "boleh", "gimanaaa" → "gimana".</summary>
    /// <remarks>Applied only to unknown words, so that "pppk" stays itself.</remarks>
    public static string Squeeze(string word)
    {
        var builder = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var run = 1;
            while (i + run < word.Length && word[i + run] == word[i])
            {
                run++;
            }

            var keep = run >= 3 && char.IsLetter(word[i]) ? 1 : run;
            builder.Append(word[i], keep);
            i += run - 1;
        }

        return builder.ToString();
    }
}

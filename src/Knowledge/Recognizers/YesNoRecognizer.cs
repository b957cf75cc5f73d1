using System.Globalization;
using System.Text;

namespace NetralBot.Knowledge.Recognizers;

/// <summary>The meaning of a short Indonesian yes/no reply.</summary>
public enum YesNo
{
    /// <summary>Neither yes nor no, or ambiguous (for example a question or "ya tapi ...").</summary>
    Unknown,

    /// <summary>Affirmative: "ya", "iya", "siap", "setuju", 👍 ...</summary>
    Yes,

    /// <summary>Negative: "tidak", "gak", "bukan", "batal", 👎 ...</summary>
    No,
}

/// <summary>Recognizes Indonesian yes/no replies. Pure: text in, <see cref="YesNo"/> out.</summary>
public static class YesNoRecognizer
{
    private static readonly HashSet<string> YesWords = new(StringComparer.Ordinal)
    {
        "ya", "iya", "iy", "y", "yoi", "betul", "benar", "bener", "setuju", "sepakat", "siap", "ok", "oke", "okay",
        "okey", "yes", "baik", "bersedia", "sanggup", "tentu", "lanjut", "gpp", "boleh",
    };

    private static readonly HashSet<string> NoWords = new(StringComparer.Ordinal)
    {
        "tidak", "tdk", "tak", "gak", "ga", "gk", "nggak", "ngga", "enggak", "engga", "bukan", "batal", "no",
        "belum", "jangan", "tolak", "nope",
    };

    /// <summary>Words that may trail a reply without changing it ("ya pak", "siap bu", "oke deh").</summary>
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "pak", "bu", "bapak", "ibu", "kak", "min", "deh", "dong", "sih", "saja", "aja", "sudah", "udah", "kok",
        "lah", "nih", "mas", "mbak",
    };

    /// <summary>Classifies one reply. Questions, mixed answers and unknown words give <see cref="YesNo.Unknown"/>.</summary>
    public static YesNo Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return YesNo.Unknown;
        }

        var trimmed = text.Trim();
        if (trimmed.Contains('?'))
        {
            return YesNo.Unknown; // "iya kah?" is a question, not consent.
        }

        var hasThumbUp = trimmed.Contains("👍", StringComparison.Ordinal);
        var hasThumbDown = trimmed.Contains("👎", StringComparison.Ordinal);
        var words = Tokenize(trimmed);
        if (words.Count == 0)
        {
            return hasThumbUp == hasThumbDown ? YesNo.Unknown : hasThumbUp ? YesNo.Yes : YesNo.No;
        }

        // "gak apa-apa" / "nggak papa" means "it's fine".
        if (words.Count >= 2 && NoWords.Contains(words[0]) && words[1] is "apa" or "apa-apa" or "papa")
        {
            return YesNo.Yes;
        }

        // Negation scope: "tidak setuju", "belum siap", "gak mau" are negative as a whole.
        if (words.Count >= 2 && NoWords.Contains(words[0]) && words[0] is not "batal")
        {
            return words.Skip(1).All(w => YesWords.Contains(w) || Fillers.Contains(w) || w is "mau" or "bisa" or "jadi")
                ? YesNo.No
                : YesNo.Unknown;
        }

        var yes = hasThumbUp;
        var no = hasThumbDown;
        foreach (var word in words)
        {
            if (YesWords.Contains(word))
            {
                yes = true;
            }
            else if (NoWords.Contains(word))
            {
                no = true;
            }
            else if (!Fillers.Contains(word))
            {
                return YesNo.Unknown; // "ya tapi ..." needs a clarification, not a guess.
            }
        }

        return yes == no ? YesNo.Unknown : yes ? YesNo.Yes : YesNo.No;
    }

    private static List<string> Tokenize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture))
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '-' ? c : ' ');
        }

        return builder.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('-'))
            .Where(w => w.Length > 0)
            .Select(SqueezeRepeats)
            .ToList();
    }

    /// <summary>"siaaap" → "siap", "iyaaa" → "iya", "okeee" → "oke": letters repeated for emphasis collapse to one.</summary>
    private static string SqueezeRepeats(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (builder.Length == 0 || builder[^1] != c)
            {
                builder.Append(c);
            }
        }

        var squeezed = builder.ToString();
        // "ngga" keeps "gg": squeezing it would give "nga", which is not a word we know.
        return YesWords.Contains(word) || NoWords.Contains(word) ? word : squeezed;
    }
}

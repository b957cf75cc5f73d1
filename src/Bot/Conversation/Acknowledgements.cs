using System.Globalization;
using System.Text;

namespace NetralBot.Bot.Conversation;

/// <summary>What a short acknowledging message is: thanks ("makasih 🙏") or a plain acknowledgement ("ok", "siap", 👍).</summary>
internal enum AcknowledgementKind
{
    /// <summary>Not an acknowledgement.</summary>
    None,

    /// <summary>"ok", "oke", "sip", "siap", "mantap", 👍, 👌 …</summary>
    Acknowledgement,

    /// <summary>"terima kasih", "makasih", "tq", 🙏 …</summary>
    Thanks,
}

/// <summary>
/// Recognizes acknowledgements from word lists, tolerant of stretched letters ("okeee", "siaaap"), repeated emoji
/// ("👍👍"), one typo in longer words ("mantep", "makasi") and polite fillers ("ok pak", "siap bu, terima kasih").
/// A message with any other word is not one: "ok, kalau ikut kampanye?" is a question.
/// </summary>
internal static class Acknowledgements
{
    // Compared after stretched letters are squeezed ("okee" → "oke"), so the lists hold squeezed forms.
    private static readonly HashSet<string> AcknowledgementWords = Squeezed(
        "ok", "oke", "okey", "okay", "okeh", "oce", "okelah", "sip", "siap", "sipp", "mantap", "mantab", "mantul", "noted",
        "baik", "baiklah", "paham", "mengerti", "dimengerti", "good", "nice", "cakep", "keren", "jos", "yoi", "iya", "yup",
        "oh", "owh", "begitu", "gitu", "gt", "alhamdulillah", "laksanakan", "beres", "wokey", "okok", "sudah", "udah", "dah");

    private static readonly HashSet<string> ThanksWords = Squeezed(
        "terima", "kasih", "terimakasih", "trima", "makasih", "makasi", "mksh", "mks", "trims", "trimakasih", "thanks", "thank",
        "thx", "tq", "tks", "ty", "matur", "nuwun", "suwun", "hatur", "nuhun", "tengkyu", "tenkyu", "makaseh");

    private static readonly HashSet<string> Fillers = Squeezed(
        "pak", "bu", "bapak", "ibu", "kak", "min", "admin", "bot", "netralbot", "ya", "yaa", "deh", "semua", "mas", "mbak",
        "banyak", "you", "infonya", "informasinya", "jawabannya", "penjelasannya", "atas", "nya", "sekali", "bgt", "banget",
        "sangat", "kalau", "gitu", "sy", "saya", "aku", "om", "bang", "dik", "dek", "sis", "gan", "bos", "very", "much", "so");

    private static readonly HashSet<int> AcknowledgementEmoji = [0x1F44D, 0x1F44C, 0x1F642, 0x1F60A, 0x1F600, 0x1F601, 0x1F604, 0x1F44F, 0x1F4AA, 0x2705, 0x2714, 0x1FAE1, 0x1F197, 0x263A, 0x1F603, 0x1F917];

    private static readonly HashSet<int> ThanksEmoji = [0x1F64F, 0x2764, 0x1F91D, 0x1F970, 0x1F60D, 0x1F495, 0x1F496, 0x1F49A];

    /// <summary>The kind of <paramref name="text"/>; thanks win over a plain acknowledgement ("ok makasih").</summary>
    public static AcknowledgementKind Classify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 80)
        {
            return AcknowledgementKind.None;
        }

        var sawThanks = false;
        var sawAcknowledgement = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is 0xFE0F or 0xFE0E or 0x200D or (>= 0x1F3FB and <= 0x1F3FF))
            {
                continue; // emoji presentation, joiner and skin tone: part of the emoji before them
            }

            if (AcknowledgementEmoji.Contains(rune.Value))
            {
                sawAcknowledgement = true;
            }
            else if (ThanksEmoji.Contains(rune.Value))
            {
                sawThanks = true;
            }
            else if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.NonSpacingMark or UnicodeCategory.Format or UnicodeCategory.EnclosingMark)
            {
                return AcknowledgementKind.None; // another emoji (🔥, 📢) says something we do not know
            }
        }

        foreach (var word in PhraseNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var squeezed = Squeeze(word);
            if (ThanksWords.Contains(squeezed) || IsNear(squeezed, ThanksWords))
            {
                sawThanks = true;
            }
            else if (AcknowledgementWords.Contains(squeezed) || IsNear(squeezed, AcknowledgementWords))
            {
                sawAcknowledgement = true;
            }
            else if (!Fillers.Contains(squeezed))
            {
                return AcknowledgementKind.None;
            }
        }

        return sawThanks ? AcknowledgementKind.Thanks : sawAcknowledgement ? AcknowledgementKind.Acknowledgement : AcknowledgementKind.None;
    }

    // "okeee" → "oke", "siaaap" → "siap", "mantappp" → "mantap".
    private static string Squeeze(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (builder.Length == 0 || builder[^1] != c)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static HashSet<string> Squeezed(params string[] words) => new(words.Select(Squeeze), StringComparer.Ordinal);

    // One edit (insert, delete, replace or swap) for words of 6 letters or more ("mantep", "maksih"); shorter words
    // are too close to other words ("kasih"/"kasir") to guess.
    private static bool IsNear(string word, HashSet<string> words) =>
        word.Length >= 6 && words.Any(w => w.Length >= 6 && Math.Abs(w.Length - word.Length) <= 1 && WithinOneEdit(word, w));

    private static bool WithinOneEdit(string a, string b)
    {
        if (a.Length == b.Length)
        {
            var diffs = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
            return diffs.Count <= 1 || (diffs.Count == 2 && diffs[1] == diffs[0] + 1 && a[diffs[0]] == b[diffs[1]] && a[diffs[1]] == b[diffs[0]]);
        }

        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        var i = 0;
        while (i < shorter.Length && shorter[i] == longer[i])
        {
            i++;
        }

        return shorter.AsSpan(i).SequenceEqual(longer.AsSpan(i + 1));
    }
}

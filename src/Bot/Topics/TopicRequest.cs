using NetralBot.Bot.Conversation;

namespace NetralBot.Bot.Topics;

/// <summary>
/// Recognizes a request for the list of topics in any wording made of menu words: "menu", "topik apa saja",
/// "apa saja yang bisa ditanyakan?", "bisa bantu apa aja min", "daftar pertanyaan". A message with any other word
/// ("topik kampanye") is a question for the knowledge base.
/// </summary>
internal static class TopicRequest
{
    private static readonly HashSet<string> Anchors = new(StringComparer.Ordinal) { "menu", "topik", "topiknya", "fitur", "fiturnya" };

    private static readonly HashSet<string> AskWords = new(StringComparer.Ordinal)
    {
        "tanya", "ditanya", "ditanyakan", "tanyakan", "nanya", "ditanyain", "tanyain", "bertanya", "pertanyaan", "bantu",
        "dibantu", "membantu", "tanyakn", "ditanyakn",
    };

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "daftar", "list", "lihat", "liat", "pilihan", "semua", "apa", "aja", "saja", "ada", "yang", "yg", "bisa", "bs", "boleh",
        "saya", "sy", "aku", "kak", "min", "admin", "pak", "bu", "dong", "ya", "nih", "sih", "apakah", "mau", "ingin", "pengen",
        "kamu", "anda", "bot", "netralbot", "tentang", "di", "sini", "disini", "tampilkan", "tunjukkan", "kasih", "minta",
        "utama", "buka", "mana", "saja", "apa2", "hal", "info", "informasi", "kira", "kira2", "kalian", "ini", "jenis", "macam",
    };

    /// <summary>True when <paramref name="text"/> asks what can be asked.</summary>
    public static bool Matches(string text)
    {
        if (text.Length > 80)
        {
            return false;
        }

        var words = PhraseNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 10)
        {
            return false;
        }

        var anchored = false;
        var asks = false;
        var what = false;
        foreach (var word in words)
        {
            if (Anchors.Contains(word))
            {
                anchored = true;
            }
            else if (AskWords.Contains(word))
            {
                asks = true;
            }
            else if (!Fillers.Contains(word))
            {
                return false;
            }

            what |= word is "apa" or "apa2" or "daftar" or "list" or "hal" or "jenis" or "macam";
        }

        // "menu", "topik apa saja"; or "apa saja yang bisa ditanyakan", "daftar pertanyaan", "bisa bantu apa".
        return anchored || (asks && what);
    }
}

using NetralBot.Knowledge.Text;

namespace NetralBot.Knowledge.Answering;

/// <summary>
/// Recognizes questions that ask the bot to recommend, praise or criticise a candidate, party or camp
/// ("siapa cagub terbaik?", "partai mana yang bagus?"). The bot never answers those with a name.
/// Questions about what an employee may do ("bolehkah saya menyebut calon terbaik di medsos?") are not caught:
/// they are conduct questions the knowledge base answers.
/// </summary>
internal sealed class NeutralityGuard
{
    /// <summary>The topic id reported for the guard's refusal.</summary>
    public const string TopicId = "netralitas-bot";

    private static readonly HashSet<string> OpinionWords = new(StringComparer.Ordinal)
    {
        "terbaik", "terburuk", "terbagus", "terjelek", "paling", "rekomendasi", "rekomendasikan", "rekomen",
        "rekomendasiin", "rekom", "layak", "pantas", "bagus", "jelek", "buruk", "hebat", "unggul", "oke", "mantap",
        "favorit", "jagoan", "jagoanmu", "idola", "pilihanmu", "pilihan",
    };

    private static readonly HashSet<string> TargetWords = new(StringComparer.Ordinal)
    {
        "calon", "capres", "cawapres", "caleg", "cagub", "cawagub", "cabup", "cawabup", "cawalkot", "cakada", "paslon",
        "partai", "parpol", "kandidat", "presiden", "gubernur", "bupati", "walikota", "wali", "kota", "dpr", "dprd",
        "dpd", "urut", "kubu", "koalisi", "oposisi",
    };

    private static readonly HashSet<string> ConductWords = new(StringComparer.Ordinal)
    {
        "boleh", "bolehkah", "diperbolehkan", "dibolehkan", "dilarang", "larangan", "melanggar", "pelanggaran",
        "sanksi", "hukuman", "aman", "netral", "netralitas", "lapor", "melapor", "melaporkan", "salah", "kena", "ikut",
        "wajar", "etis",
    };

    private static readonly HashSet<string> BotWords = new(StringComparer.Ordinal)
    {
        "kamu", "mu", "bot", "anda", "kalian", "admin", "min", "kakak", "kak", "bapak", "ibu",
    };

    // Voting or supporting, the object of a persuasion or help-choosing request.
    private static readonly HashSet<string> ChoosingWords = new(StringComparer.Ordinal)
    {
        "pilih", "milih", "memilih", "dipilih", "coblos", "mencoblos", "nyoblos", "dukung", "mendukung", "didukung", "pilihan",
    };

    private static readonly HashSet<string> WriteWords = new(StringComparer.Ordinal)
    {
        "bikin", "bikinin", "buat", "buatkan", "buatin", "tulis", "tuliskan", "tulisin", "susun", "susunkan", "karang", "karangkan",
    };

    private static readonly HashSet<string> MaterialWords = new(StringComparer.Ordinal)
    {
        "caption", "kata", "slogan", "tagline", "pidato", "puisi", "pantun", "jargon", "yel", "narasi", "konten", "postingan",
        "materi", "status", "quote", "kutipan",
    };

    private static readonly HashSet<string> ComparingWords = new(StringComparer.Ordinal)
    {
        "bagusan", "baikan", "mendingan", "mending", "bandingkan", "banding", "dibanding", "dibandingkan", "membandingkan",
        "versus", "vs", "unggulan",
    };

    private static readonly HashSet<string> PraiseWords = new(StringComparer.Ordinal)
    {
        "jujur", "amanah", "bersih", "terbaik", "terbagus", "paling", "terpercaya", "merakyat", "pantas", "layak",
    };

    private static readonly string[][] OpinionPhrases =
    [
        ["menurut", "kamu"], ["menurut", "mu"], ["menurutmu"], ["menurut", "bot"], ["menurut", "anda"],
        ["menurut", "kalian"], ["menurut", "admin"], ["menurut", "min"], ["sebaiknya", "saya", "pilih"],
        ["sebaiknya", "pilih"], ["sebaiknya", "saya", "memilih"], ["harus", "saya", "pilih"], ["pilih", "siapa"],
        ["memilih", "siapa"], ["dukung", "siapa"], ["mendukung", "siapa"], ["coblos", "siapa"], ["mencoblos", "siapa"],
        ["urut", "berapa"], ["siapa", "yang", "harus"], ["siapa", "yang", "sebaiknya"], ["mana", "yang", "harus"],
        ["mana", "yang", "sebaiknya"], ["yang", "layak", "dipilih"],
    ];

    private readonly IndonesianAnalyzer analyzer;

    /// <summary>Creates the guard over the same analyzer the search uses, so slang is understood alike.</summary>
    public NeutralityGuard(IndonesianAnalyzer analyzer) => this.analyzer = analyzer;

    /// <summary>
    /// True when the question asks for help that takes a side whatever else it says: reasons to vote for someone
    /// ("kasih alasan kenapa aku harus milih nomor 2"), campaign material ("bikinin caption buat dukung calon"), a
    /// comparison of candidates or their programmes ("program si A sama si B bagusan mana"), or help choosing.
    /// </summary>
    public bool AsksForPartisanHelp(string question) => AsksForPartisanHelp(Words(question));

    /// <summary>As <see cref="AsksForPartisanHelp(string)"/>, on words already normalized with the same analyzer.</summary>
    public bool AsksForPartisanHelp(string[] words)
    {
        var choosing = words.Any(ChoosingWords.Contains);
        var target = words.Any(TargetWords.Contains) || words.Contains("program") || words.Contains("nomor");
        if (words.Contains("alasan") && choosing && target)
        {
            return true;
        }

        if (words.Any(WriteWords.Contains) && words.Any(MaterialWords.Contains) && (choosing || words.Contains("kampanye")) && target)
        {
            return true;
        }

        if ((words.Any(ComparingWords.Contains) || HasPhrase(words, ["lebih", "bagus"]) || HasPhrase(words, ["lebih", "baik"])
                || HasPhrase(words, ["mana", "yang", "lebih"])) && target && !words.Contains("boleh"))
        {
            return true;
        }

        return (HasPhrase(words, ["bantu", "saya", "pilih"]) || HasPhrase(words, ["bantu", "saya", "memilih"])
                || HasPhrase(words, ["bantu", "pilih"]) || HasPhrase(words, ["bantu", "memilih"])
                || HasPhrase(words, ["bingung", "pilih"]) || HasPhrase(words, ["bingung", "memilih"])
                || HasPhrase(words, ["bingung", "mau", "pilih"]) || HasPhrase(words, ["bingung", "mau", "memilih"]))
            && target;
    }

    /// <summary>True when the question asks the bot to take a side.</summary>
    public bool AsksToTakeSides(string question) => AsksToTakeSides(Words(question));

    /// <summary>As <see cref="AsksToTakeSides(string)"/>, on words already normalized with the same analyzer.</summary>
    public bool AsksToTakeSides(string[] words)
    {
        var asksBot = Enumerable.Range(0, words.Length - 1).Any(i => words[i] == "menurut" && BotWords.Contains(words[i + 1]))
            || words.Contains("menurutmu");
        if (words.Any(ConductWords.Contains) && !asksBot)
        {
            return false;
        }

        if (words.Any(PraiseWords.Contains) && words.Any(TargetWords.Contains) && !words.Any(ConductWords.Contains))
        {
            return true;
        }

        var opinion = words.Any(OpinionWords.Contains) || OpinionPhrases.Any(p => HasPhrase(words, p));
        return opinion && words.Any(TargetWords.Contains);
    }

    private string[] Words(string question) => analyzer.Normalize(question).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool HasPhrase(string[] words, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Length; i++)
        {
            var match = true;
            for (var j = 0; j < phrase.Length && match; j++)
            {
                match = words[i + j] == phrase[j];
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }
}

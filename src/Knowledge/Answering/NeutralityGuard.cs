using NetralBot.Knowledge.Text;

namespace NetralBot.Knowledge.Answering;

/// <summary>
/// Recognizes questions that ask the bot to recommend, praise or criticise a candidate, party or camp
/// ("siapa cagub terbaik?", "partai mana yang bagus?"). The bot never answers those with a name.
/// Questions about what an employee may do ("bolehkah saya menyebut calon terbaik di medsos?") are not caught:
/// they are conduct questions the knowledge base answers.
/// </summary>
public sealed class NeutralityGuard
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
        "sanksi", "hukuman", "aman", "netral", "netralitas", "lapor", "melapor", "melaporkan",
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

    /// <summary>True when the question asks the bot to take a side.</summary>
    public bool AsksToTakeSides(string question)
    {
        var words = analyzer.Normalize(question).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(ConductWords.Contains) && !HasPhrase(words, ["menurut"]))
        {
            return false;
        }

        var opinion = words.Any(OpinionWords.Contains) || OpinionPhrases.Any(p => HasPhrase(words, p));
        return opinion && words.Any(TargetWords.Contains);
    }

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

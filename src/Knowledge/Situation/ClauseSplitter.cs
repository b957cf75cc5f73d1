using System.Text;
using NetralBot.Knowledge.Text;

namespace NetralBot.Knowledge.Situation;

/// <summary>
/// Splits a message into clauses: at sentence ends and commas (". ", ", ", "?", "!", ";", line breaks) and before discourse words
/// that start a new step of a story ("tapi", "terus", "lalu", "kemudian"). Real questions often tell a story and ask
/// at the end; the clauses let the reading weigh the question and the act over the background.
/// </summary>
internal static class ClauseSplitter
{
    private static readonly HashSet<string> DiscourseWords = new(StringComparer.Ordinal)
    {
        "tapi", "tetapi", "namun", "terus", "trus", "lalu", "kemudian", "padahal", "sedangkan", "sementara",
    };

    public static List<Clause> Split(string text, IndonesianAnalyzer analyzer)
    {
        var clauses = new List<Clause>();
        foreach (var (sentence, question, index) in Sentences(text))
        {
            var words = analyzer.Normalize(sentence).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var start = 0;
            for (var i = 1; i <= words.Length; i++)
            {
                if (i == words.Length || (DiscourseWords.Contains(words[i]) && i - start >= 3))
                {
                    var part = words[start..i];
                    var last = i == words.Length;
                    clauses.Add(new Clause(
                        last ? sentence : string.Join(' ', part),
                        part.Select(w => new ClauseWord(w, analyzer.Stemmer.Stem(w))).ToList(),
                        last && question,
                        index));
                    start = i;
                }
            }
        }

        return clauses;
    }

    private static IEnumerable<(string Text, bool Question, int Sentence)> Sentences(string text)
    {
        var sentence = 0;
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = c is '?' or '!' or ';' or '\n'
                || (c is '.' or ',' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) && i > 0 && !char.IsDigit(text[i - 1]));
            if (!end)
            {
                current.Append(c);
                continue;
            }

            var question = c == '?';
            while (i + 1 < text.Length && text[i + 1] is '?' or '!' or '.')
            {
                question |= text[++i] == '?';
            }

            if (current.ToString().Any(char.IsLetterOrDigit))
            {
                yield return (current.ToString().Trim(), question, sentence);
            }

            sentence += c == ',' ? 0 : 1;
            current.Clear();
        }

        if (current.ToString().Any(char.IsLetterOrDigit))
        {
            yield return (current.ToString().Trim(), false, sentence);
        }
    }
}

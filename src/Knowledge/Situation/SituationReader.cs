using NetralBot.Knowledge.Text;

namespace NetralBot.Knowledge.Situation;

/// <summary>
/// Reads the situation of a question (<see cref="SituationReading"/>) with data-driven lexicons
/// (<c>Situation/Data/*.txt</c>: actors, statuses, acts, targets, conditions, intents). Pure and thread-safe.
/// </summary>
internal sealed class SituationReader
{
    private const string Asker = "saya";

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "tidak", "tanpa", "bukan", "jangan", "belum", "tak", "gak", "enggak" };

    // A negation right after these words is the "or not" of a yes/no question ("boleh gak like?"), not a negated act.
    private static readonly HashSet<string> YesNoHeads = new(StringComparer.Ordinal)
    {
        "boleh", "bisa", "apa", "apakah", "aman", "kena", "melanggar", "masalah", "salah", "ya", "atau", "dapat",
    };

    // Words after which "saya", "kami", "kita" is a subject ("kalau saya", "tadi kami"), not an owner ("kampung kami").
    private static readonly HashSet<string> SubjectIntroducers = new(StringComparer.Ordinal)
    {
        "tidak", "boleh", "bolehkah", "bisa", "bagaimana", "apa", "apakah", "kalau", "jika", "bila", "apabila", "tapi",
        "tetapi", "terus", "lalu", "kemarin", "tadi", "besok", "sekarang", "nanti", "waktu", "saat", "ketika", "pas",
        "setelah", "sebelum", "sesudah", "sudah", "masih", "mau", "ingin", "juga", "kok", "memang", "sebenarnya", "soalnya",
        "karena", "akhirnya", "jadi", "sebagai", "bingung", "hari", "minggu", "bulan", "tahun", "malam", "pagi", "siang",
        "sore", "pak", "bu", "bapak", "ibu", "kak", "min", "admin", "bang", "mas", "mbak", "halo", "permisi", "maaf",
        "salam", "assalamualaikum", "dan", "atau", "sedangkan", "padahal", "misalnya", "contohnya", "begini", "gini",
        "nah", "oh", "eh", "ya", "iya", "aman", "melanggar", "kena", "salah", "saja", "hanya", "cuma", "semua", "sama",
        "minta", "suruh", "ajak", "kasih", "bantu", "bilang", "kata", "tanya", "paksa", "perintah", "undang", "izinkan",
        "biar", "supaya", "agar", "sehingga", "asal", "walau", "meski", "toh", "lho", "dong",
    };

    // Verb prefixes: after "meminta", "disuruh", "ngajak", "nyuruh", "berharap" the first-person word is who acts next.
    private static readonly string[] VerbPrefixes = ["me", "di", "ber", "ter", "ng", "ny", "per"];

    private const string Passive = "pasif";
    private const double ToldActWeight = 0.6;
    private const double StoryActWeight = 0.6;

    private static readonly HashSet<string> ContrastWords = new(StringComparer.Ordinal) { "tapi", "tetapi", "namun" };

    private static readonly HashSet<string> PermissionModals = new(StringComparer.Ordinal)
    {
        "boleh", "bisa", "dapat", "diperbolehkan", "dibolehkan", "diizinkan", "dilarang",
    };

    private static readonly HashSet<string> ConditionalWords = new(StringComparer.Ordinal) { "kalau", "jika", "bila", "apabila", "jikalau", "seandainya" };

    private static readonly HashSet<string> JoiningWords = new(StringComparer.Ordinal) { "ikut", "juga", "gabung", "bergabung", "ikutan" };

    private static readonly HashSet<string> ThirdPerson = new(StringComparer.Ordinal) { "dia", "beliau", "ia", "mereka", "nya" };

    private static readonly HashSet<string> WhWords = new(StringComparer.Ordinal)
    {
        "apa", "berapa", "bagaimana", "seperti", "mana", "jenis", "macam", "gimana", "seberapa", "kemana", "dimana", "siapa", "cara",
    };

    private static readonly HashSet<string> YesNoMarkers = new(StringComparer.Ordinal) { "tidak", "apakah", "boleh", "bolehkah" };

    private static readonly HashSet<string> QuestionCues = new(StringComparer.Ordinal)
    {
        "boleh", "bolehkah", "apakah", "apa", "bagaimana", "gimana", "bisa", "kena", "melanggar", "aman", "kapan",
        "berapa", "dimana", "kemana", "siapa", "mengapa", "kenapa", "sanksi", "hukuman", "salah", "masalah",
    };

    private readonly IndonesianAnalyzer analyzer;
    private readonly ConceptLexicon actors;
    private readonly ConceptLexicon statuses;
    private readonly ConceptLexicon acts;
    private readonly ConceptLexicon targets;
    private readonly ConceptLexicon conditions;
    private readonly ConceptLexicon intents;

    /// <summary>Creates a reader over explicit lexicon lines (tests, or an admin's own lists).</summary>
    public SituationReader(
        IndonesianAnalyzer analyzer,
        IEnumerable<string> actorLines,
        IEnumerable<string> statusLines,
        IEnumerable<string> actLines,
        IEnumerable<string> targetLines,
        IEnumerable<string> conditionLines,
        IEnumerable<string> intentLines)
    {
        this.analyzer = analyzer;

        // Forms are read as written: typo correction towards the KB's words would turn "syal" into "soal".
        var forms = analyzer.WithoutTypoCorrection();
        actors = new ConceptLexicon(actorLines, forms);
        statuses = new ConceptLexicon(statusLines, forms);
        acts = new ConceptLexicon(actLines, forms);
        targets = new ConceptLexicon(targetLines, forms);
        conditions = new ConceptLexicon(conditionLines, forms);
        intents = new ConceptLexicon(intentLines, forms);
    }

    /// <summary>The act ids of the catalogue.</summary>
    public IReadOnlySet<string> ActIds => acts.Concepts;

    /// <summary>The condition ids.</summary>
    public IReadOnlySet<string> ConditionIds => conditions.Concepts;

    /// <summary>The intent ids besides <c>izin</c>.</summary>
    public IReadOnlySet<string> IntentIds => intents.Concepts;

    /// <summary>The reader over the lexicons the project ships.</summary>
    public static SituationReader CreateDefault(IndonesianAnalyzer analyzer) => new(
        analyzer,
        Lines("actors.txt"),
        Lines("statuses.txt"),
        Lines("acts.txt"),
        Lines("targets.txt"),
        Lines("conditions.txt"),
        Lines("intents.txt"));

    /// <summary>Reads the situation of a question.</summary>
    public SituationReading Read(string text)
    {
        var clauses = ClauseSplitter.Split(text ?? string.Empty, analyzer);
        var parsed = clauses.Select(Parse).ToList();
        var questionIndex = QuestionClause(parsed);
        questionIndex -= DropAskersAside(parsed, questionIndex);

        // When the question clause names its own act ("sa boleh tegur begitu?"), the acts of the story before it are
        // background; otherwise ("itu boleh?") they are what is asked about.
        var storyWeight = parsed.Count > 0 && parsed[questionIndex].HasActs ? StoryActWeight : ToldActWeight;
        var actWeights = new Dictionary<string, double>(StringComparer.Ordinal);
        var negated = new HashSet<string>(StringComparer.Ordinal);
        var targetSet = new HashSet<string>(StringComparer.Ordinal);
        var conditionSet = new HashSet<string>(StringComparer.Ordinal);
        var focus = new List<string>();
        for (var c = 0; c < parsed.Count; c++)
        {
            var clause = parsed[c];
            var weight = c == questionIndex ? 1.0 : clause.Acts.Count > 0 ? storyWeight : 0.25;
            var ifPart = c == questionIndex ? clause.ConditionalAfterAct() : int.MaxValue;
            foreach (var act in clause.Acts)
            {
                if (clause.IsNegated(act))
                {
                    negated.Add(act.Concept);
                }
                else
                {
                    // "boleh saya lapor kalau lihat pns kampanye?": the act in the "if" part sets the scene.
                    var actWeight = act.Start > ifPart ? ToldActWeight : weight;
                    actWeights[act.Concept] = Math.Max(actWeights.GetValueOrDefault(act.Concept), actWeight);
                }
            }

            targetSet.UnionWith(clause.Targets.Select(t => t.Concept));
            var contradicted = PassivityContradicted(parsed, c);
            foreach (var condition in clause.Conditions.Where(k => !(contradicted && k.Concept == Passive)))
            {
                // "fotonya tidak saya upload": a negated "posted" is the condition "not posted".
                if (!clause.IsNegated(condition))
                {
                    conditionSet.Add(condition.Concept);
                }
                else if (condition.Concept == "diunggah")
                {
                    conditionSet.Add("tidak-diunggah");
                }
            }
        }

        // Retrieval over a long story reads the question clause, the act it refers to, and the clauses that name the
        // same acts; the background ("ada rapat di kecamatan, pak camat cerita ...") is left out.
        var asked = parsed.Count == 0 ? [] : parsed[questionIndex].PositiveActs.ToHashSet(StringComparer.Ordinal);
        for (var c = questionIndex - 1; asked.Count == 0 && c >= 0; c--)
        {
            asked = parsed[c].PositiveActs.ToHashSet(StringComparer.Ordinal);
        }

        for (var c = 0; c < parsed.Count; c++)
        {
            if (c == questionIndex || parsed[c].PositiveActs.Any(asked.Contains))
            {
                focus.Add(string.Join(' ', parsed[c].Source.Words.Select(w => w.Word)));
            }
        }

        foreach (var act in negated.Where(a => !actWeights.ContainsKey(a)))
        {
            if (act is "atribut" or "seragam-dinas")
            {
                conditionSet.Add("tanpa-atribut");
            }
            else if (act is "unggah" or "share")
            {
                conditionSet.Add("tidak-diunggah");
            }
        }

        negated.ExceptWith(actWeights.Keys);
        if (!conditionSet.Contains("tidak-diunggah") && (actWeights.ContainsKey("unggah") || actWeights.ContainsKey("share")))
        {
            conditionSet.Add("diunggah");
        }

        var (role, status) = Actor(parsed, questionIndex);
        var askerStatus = parsed.Select(p => p.AskerStatus).LastOrDefault(s => s is not null);
        if (role == Asker)
        {
            status ??= askerStatus;
        }

        var intent = parsed.Count == 0 ? SituationReading.PermissionIntent : Intent(parsed[questionIndex], parsed);
        return new SituationReading(
            ActorClass(role, status),
            role,
            status,
            askerStatus,
            actWeights,
            negated,
            targetSet,
            conditionSet,
            intent,
            string.Join(". ", focus))
        {
            Words = clauses.SelectMany(c => c.Words.Select(w => w.Word)).ToArray(),
        };
    }

    /// <summary>
    /// "Yang teman-teman saya lakukan itu melanggar?" after "saya cuma lihat dari jauh": the question names someone
    /// else and refers back to their acts, so the asker's own aside just before it is not what is asked about (its
    /// acts and conditions would read the story as the asker's). Returns how many clauses were removed.
    /// </summary>
    private static int DropAskersAside(List<ParsedClause> parsed, int questionIndex)
    {
        if (parsed.Count == 0 || parsed[questionIndex].HasActs
            || !parsed[questionIndex].People.Any(p => p.Role != Asker && !ThirdPerson.Contains(p.Role)))
        {
            return 0;
        }

        var first = questionIndex;
        while (first > 0 && parsed[first - 1].HasActs && parsed[first - 1].Subject()?.Role == Asker)
        {
            first--;
        }

        // Only an aside after someone else's acts: otherwise the asker's acts are the story.
        if (first == questionIndex || !parsed.Take(first).Any(p => p.HasActs))
        {
            return 0;
        }

        parsed.RemoveRange(first, questionIndex - first);
        return questionIndex - first;
    }

    /// <summary>"Katanya cuma mau dengar, tapi mereka ikut naik panggung": a "but" clause of the same sentence that
    /// names an act done contradicts the "only" before it.</summary>
    private static bool PassivityContradicted(List<ParsedClause> parsed, int index)
    {
        for (var c = index + 1; c < parsed.Count && parsed[c].Source.Sentence == parsed[index].Source.Sentence; c++)
        {
            var words = parsed[c].Source.Words;
            if (words.Count > 0 && ContrastWords.Contains(words[0].Word) && parsed[c].HasActs)
            {
                return true;
            }
        }

        return false;
    }

    private static string ActorClass(string role, string? status) => role switch
    {
        Asker => status switch
        {
            "honorer" => "honorer",
            "bukan-asn" => "keluarga",
            "pensiunan" => "pensiunan",
            "pppk" or "pppk-paruh-waktu" => "pppk",
            "cpns" => "cpns",
            "atasan" or "kepala-desa" => status,
            _ => "asn",
        },
        "atasan" or "kepala-desa" or "pensiunan" => role,
        _ when status == "pensiunan" => "pensiunan",
        _ => status switch
        {
            "asn" or "pppk" or "pppk-paruh-waktu" or "cpns" => "asn",
            "honorer" => "honorer",
            "bukan-asn" => "keluarga",
            _ => role == "teman" ? "asn" : "keluarga",
        },
    };

    private static int QuestionClause(List<ParsedClause> clauses)
    {
        for (var i = clauses.Count - 1; i >= 0; i--)
        {
            if (clauses[i].Source.EndsWithQuestionMark)
            {
                // "Bolehkah ASN membantu kampanye orang tua, anak atau saudara yang menjadi calon?": the question word
                // sits in an earlier clause of the same sentence.
                if (!HasQuestionCue(clauses[i]))
                {
                    for (var j = i - 1; j >= 0 && clauses[j].Source.Sentence == clauses[i].Source.Sentence; j--)
                    {
                        if (HasQuestionCue(clauses[j]))
                        {
                            return j;
                        }
                    }
                }

                return i;
            }
        }

        for (var i = clauses.Count - 1; i >= 0; i--)
        {
            if (clauses[i].Source.Words.Any(w => QuestionCues.Contains(w.Word)))
            {
                return i;
            }
        }

        return Math.Max(0, clauses.Count - 1);
    }

    private static bool HasQuestionCue(ParsedClause clause) => clause.Source.Words.Any(w => QuestionCues.Contains(w.Word));

    /// <summary>Who does the act the question asks about, and their status.</summary>
    private static (string Role, string? Status) Actor(List<ParsedClause> clauses, int questionIndex)
    {
        if (clauses.Count == 0)
        {
            return (Asker, null);
        }

        // "Pejabat begitu boleh?", "saya ikut boleh?": a question without an act that names someone else, or the asker
        // joining in, is about that person, whoever did the acts told before. ("Saya harus melarang dia?" is not.)
        var question = clauses[questionIndex];
        if (!question.HasActs && question.People.FirstOrDefault(p => !ThirdPerson.Contains(p.Role)) is { Role: not null } asked
            && (asked.Role != Asker || question.Source.Words.Any(w => JoiningWords.Contains(w.Word))))
        {
            return (asked.Role, asked.Status);
        }

        // The clause whose act is asked about: the question itself, or ("itu boleh?") the last clause before it with an act.
        var actClause = questionIndex;
        while (actClause >= 0 && !clauses[actClause].HasActs)
        {
            actClause--;
        }

        if (actClause < 0)
        {
            var named = clauses[questionIndex].People.FirstOrDefault(p => !ThirdPerson.Contains(p.Role));
            return named.Role is null ? (Asker, null) : (named.Role, named.Status);
        }

        var subject = clauses[actClause].Subject();
        if (subject is null)
        {
            // No subject: in the question it is the asker's own act ("boleh ikut nemenin?"); in a story, the person
            // of the clauses before ("ulun pppk di banjarmasin, handak pasang stiker").
            // A question right after a clause that only introduces someone ("istri saya ibu rumah tangga, bukan asn,
            // boleh ikut kampanye?") is about that person.
            return actClause == questionIndex
                ? LastIntroduced(clauses, actClause - 1) ?? (Asker, null)
                : LastNamed(clauses, actClause - 1) ?? (Asker, null);
        }

        if (ThirdPerson.Contains(subject.Value.Role))
        {
            // "dia", "beliau": the last person named before, other than the asker.
            return LastNamed(clauses, actClause - 1, exceptAsker: true) ?? (Asker, null);
        }

        return (subject.Value.Role, subject.Value.Status);
    }

    private static (string Role, string? Status)? LastIntroduced(List<ParsedClause> clauses, int from)
    {
        for (var c = from; c >= 0 && !clauses[c].HasActs; c--)
        {
            var person = clauses[c].People.LastOrDefault(p => !ThirdPerson.Contains(p.Role));
            if (person.Role is not null)
            {
                return (person.Role, person.Status);
            }
        }

        return null;
    }

    private static (string Role, string? Status)? LastNamed(List<ParsedClause> clauses, int from, bool exceptAsker = false)
    {
        for (var c = from; c >= 0; c--)
        {
            // "cuma jadi admin IG bokap": a person named after the clause's act is its object, not who acts.
            if (!exceptAsker && clauses[c].HasActs)
            {
                if (clauses[c].Subject() is { } subject && !ThirdPerson.Contains(subject.Role))
                {
                    return (subject.Role, subject.Status);
                }

                continue;
            }

            var person = clauses[c].People.LastOrDefault(p => !ThirdPerson.Contains(p.Role) && (!exceptAsker || p.Role != Asker));
            if (person.Role is not null)
            {
                return (person.Role, person.Status);
            }
        }

        return null;
    }

    private static string Intent(ParsedClause question, List<ParsedClause> all)
    {
        var words = question.Source.Words.Select(w => w.Word).ToHashSet(StringComparer.Ordinal);
        var asked = question.Intents.Select(i => i.Concept).ToHashSet(StringComparer.Ordinal);
        if (asked.Count == 0 && all.Count > 1)
        {
            // A sanction or a report told in the story may be what is asked about; a date or a definition word there
            // ("posting jadwal kunjungan") is not.
            asked = all.SelectMany(c => c.Intents).Select(i => i.Concept).Where(i => i is "sanksi" or "lapor").ToHashSet(StringComparer.Ordinal);
        }

        var permission = words.Contains("boleh") || words.Contains("bolehkah");
        if (asked.Contains("sanksi") && (words.Overlaps(WhWords) || !words.Overlaps(YesNoMarkers)))
        {
            return "sanksi";
        }

        if (permission)
        {
            return SituationReading.PermissionIntent;
        }

        if (asked.Contains("lapor") && (words.Overlaps(WhWords) || words.Contains("mau") || words.Contains("ingin")))
        {
            return "lapor";
        }

        if (asked.Contains("tanggal"))
        {
            return "tanggal";
        }

        if (asked.Contains("definisi"))
        {
            return "definisi";
        }

        return SituationReading.PermissionIntent;
    }

    private ParsedClause Parse(Clause clause)
    {
        var people = actors.Find(clause.Words, clause.Raw);
        var statusMentions = statuses.Find(clause.Words, clause.Raw);
        var pronouns = clause.Words.Select((w, i) => (w, i)).Where(p => ThirdPerson.Contains(p.w.Word))
            .Select(p => new ConceptMention(p.w.Word, p.i, 1));
        var named = new List<Person>();
        foreach (var mention in people.Concat(pronouns).OrderBy(m => m.Start))
        {
            // "suami saya", "saya punya suami": the first-person word is the owner, not a second person.
            if (mention.Concept == Asker && named.Count > 0 && named[^1].End == mention.Start)
            {
                continue;
            }

            if (mention.Concept == Asker && mention.End < clause.Words.Count && clause.Words[mention.End].Word == "punya")
            {
                continue;
            }

            // "kampung kami", "kantor saya": after a content word that does not introduce a subject, it is an owner.
            if (mention.Concept == Asker && mention.Start > 0 && mention.Length == 1 && IsOwnerAfter(clause.Words[mention.Start - 1].Word))
            {
                continue;
            }

            // "saya ikut antar dia": a pronoun right after a verb is its object, not a second subject.
            if (mention.Length == 1 && ThirdPerson.Contains(mention.Concept) && named.Count > 0 && mention.Start > 0
                && IsOwnerAfter(clause.Words[mention.Start - 1].Word))
            {
                continue;
            }

            // "saya keuchik", "saya sebagai kepala sekolah": the asker introduces their own office.
            if (mention.Concept is "atasan" or "kepala-desa" && named.Count > 0 && named[^1].Role == Asker
                && named[^1].Status is null && SelfIntroduction(clause.Words, named[^1].End, mention.Start))
            {
                named[^1] = named[^1] with { Status = mention.Concept };
                continue;
            }

            named.Add(new Person(mention.Concept, null, mention.Start, mention.End));
        }

        string? askerStatus = named.FirstOrDefault(p => p.Role == Asker && p.Status is not null).Status;
        foreach (var status in statusMentions)
        {
            // A status word belongs to the closest person named before it in the clause ("suami saya bukan pns").
            var owner = named.FindLastIndex(p => p.Start <= status.Start && status.Start - p.End <= 4);
            if (owner >= 0)
            {
                named[owner] = named[owner] with { Status = named[owner].Status ?? status.Concept };
                if (named[owner].Role == Asker)
                {
                    askerStatus ??= status.Concept;
                }
            }
            else if (named.Count == 0 || named.All(p => p.Start > status.Start))
            {
                // "pns boleh ikut kampanye?": the status names who acts, usually the asker's own kind.
                named.Insert(0, new Person(StatusRole(status.Concept), status.Concept, status.Start, status.End));
                askerStatus ??= StatusRole(status.Concept) == Asker ? status.Concept : null;
            }
        }

        // "ancaman pidana" asks for a sanction; it is not the act "mengancam".
        // "belum masuk masa kampanye" names a period, not the act "kampanye".
        var intentMentions = intents.Find(clause.Words, clause.Raw);
        var conditionMentions = conditions.Find(clause.Words, clause.Raw);
        var actMentions = acts.Find(clause.Words, clause.Raw)
            .Where(a => a.Length == 0 || !intentMentions.Concat(conditionMentions).Any(i => i.Length > 1 && a.Start < i.End && i.Start < a.End))
            .ToList();
        // "like postingan paslon", "komen di status", "like fotonya": the post or photo is what is reacted to, not an
        // upload or a photo by the actor.
        actMentions.RemoveAll(a => a.Concept is "unggah" or "foto" && actMentions.Any(r =>
            r.Concept is "like" or "komentar" or "share" && r.End <= a.Start && a.Start - r.End <= 2));
        return new ParsedClause(
            clause,
            named,
            actMentions,
            targets.Find(clause.Words, clause.Raw),
            conditionMentions,
            intentMentions,
            askerStatus);
    }

    private static readonly HashSet<string> SelfIntroducers = new(StringComparer.Ordinal)
    {
        "seorang", "sebagai", "selaku", "adalah", "ini", "jadi", "menjadi", "kan", "cuma", "hanya", "sekarang",
    };

    private static bool SelfIntroduction(IReadOnlyList<ClauseWord> words, int askerEnd, int officeStart) =>
        officeStart == askerEnd || (officeStart == askerEnd + 1 && SelfIntroducers.Contains(words[askerEnd].Word));

    private bool IsOwnerAfter(string previous) =>
        !analyzer.IsStopWord(previous) && !SubjectIntroducers.Contains(previous) && !QuestionCues.Contains(previous)
        && !VerbPrefixes.Any(p => previous.Length > p.Length + 2 && previous.StartsWith(p, StringComparison.Ordinal));

    private static string StatusRole(string status) => status switch
    {
        "bukan-asn" => "keluarga",
        "pensiunan" => "pensiunan",
        _ => Asker,
    };

    private static IEnumerable<string> Lines(string file) => LexiconResource.Lines(file, "Situation");

    private readonly record struct Person(string Role, string? Status, int Start, int End);

    private sealed record ParsedClause(
        Clause Source,
        List<Person> People,
        List<ConceptMention> Acts,
        List<ConceptMention> Targets,
        List<ConceptMention> Conditions,
        List<ConceptMention> Intents,
        string? AskerStatus)
    {
        public bool HasActs => Acts.Any(a => a.Length > 0 && !IsNegated(a));

        public IEnumerable<string> PositiveActs => Acts.Where(a => !IsNegated(a)).Select(a => a.Concept);

        /// <summary>The position of an "if"/"when" word that follows an act of the clause, or int.MaxValue.</summary>
        public int ConditionalAfterAct()
        {
            var first = Acts.Where(a => a.Length > 0 && !IsNegated(a)).Select(a => a.End).DefaultIfEmpty(int.MaxValue).Min();
            for (var i = first; i < Source.Words.Count; i++)
            {
                if (ConditionalWords.Contains(Source.Words[i].Word))
                {
                    return i;
                }
            }

            return int.MaxValue;
        }

        /// <summary>The person named last before the clause's first act, or the first person named at all.</summary>
        public Person? Subject()
        {
            if (People.Count == 0)
            {
                return null;
            }

            var acts = Acts.Where(a => !IsNegated(a) && a.Length > 0).ToList();
            if (acts.Count == 0)
            {
                return People[0];
            }

            // A person named only after the act is its object or a place ("share ke grup keluarga"), not who acts.
            var firstAct = acts.Min(a => a.Start);
            var before = People.LastOrDefault(p => p.Start < firstAct);
            return before.Role is not null ? before : null;
        }

        public bool IsNegated(ConceptMention act)
        {
            // "tidak berani datang ke kampanye": an act right after a negated act is negated with it.
            if (Acts.FirstOrDefault(a => a.Length > 0 && a.End <= act.Start && act.Start - a.End <= 1 && a.Start < act.Start) is { Length: > 0 } before
                && IsNegatedHere(before))
            {
                return true;
            }

            return IsNegatedHere(act);
        }

        private bool IsNegatedHere(ConceptMention act)
        {
            var words = Source.Words;
            for (var back = 1; back <= 2 && act.Start - back >= 0; back++)
            {
                var word = words[act.Start - back].Word;
                // "tidak boleh hadir": a forbidden act is still the act asked about, not one said not to be done.
                if (back == 1 && PermissionModals.Contains(word))
                {
                    return false;
                }

                if (Negations.Contains(word))
                {
                    var head = act.Start - back - 1;
                    return head < 0 || !YesNoHeads.Contains(words[head].Word);
                }
            }

            return false;
        }
    }
}

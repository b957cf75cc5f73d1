namespace NetralBot.Knowledge.Answering;

/// <summary>The fixed Indonesian sentences of answers, in one place so they can be reviewed together.</summary>
internal static class AnswerTexts
{
    public const string EmptyQuestion =
        "Silakan tulis pertanyaan Anda tentang netralitas ASN, misalnya: \"Bolehkah saya berfoto dengan calon?\"";

    public const string NotSure =
        "Maaf, saya belum yakin memahami pertanyaan Anda, jadi saya tidak ingin menebak jawabannya.";

    public const string DidYouMean = "Mungkin maksud Anda:";

    public const string ClarifyHeading =
        "Jawabannya berbeda tergantung situasinya, jadi saya perlu tahu dulu: maksud Anda yang mana?";

    public const string ClarifyHint = "Balas dengan nomornya (misalnya 1) atau pilih tombolnya.";

    public const string SanctionHeading = "Sanksi";

    public const string ActItself = "Perbuatannya sendiri:";

    public const string NoSanctionStated =
        "Entri ini tidak menyebut sanksi khusus; jenis sanksi disiplin bagi ASN dijelaskan pada topik sanksi netralitas.";

    public static string StricterNote(string setAsideQuestion) =>
        $"Catatan: pertanyaan Anda juga bisa berarti \"{setAsideQuestion}\", yang jawabannya lebih longgar. " +
        "Karena situasinya belum jelas, saya memberi jawaban yang lebih hati-hati.";

    public static string OtherActorNote(string entryActors, string askedActor) =>
        $"Catatan: aturan ini ditulis untuk {entryActors}; Anda menanyakan tentang {askedActor}. " +
        "Bila berbeda, pastikan dengan BKPSDM atau bagian kepegawaian.";

    /// <summary>What binds an actor who is not ASN when an ASN rule is applied to them (domain reference 9.15).</summary>
    public static string? ActorRule(string actorClass) => actorClass switch
    {
        "kepala-desa" =>
            "Kepala desa, perangkat desa dan anggota BPD bukan ASN, tetapi UU 7/2017 (Pasal 280 ayat (2) dan (3), Pasal 282), " +
            "UU 10/2016 (Pasal 70 dan 71) dan UU Desa juga melarang mereka ikut kampanye, menjadi tim kampanye, atau membuat " +
            "keputusan yang menguntungkan atau merugikan peserta pemilu.",
        _ => null,
    };

    public static string ActorName(string actorClass) => actorClass switch
    {
        "asn" => "pegawai ASN (PNS dan PPPK)",
        "pppk" => "PPPK",
        "cpns" => "CPNS",
        "honorer" => "pegawai non-ASN (honorer, tenaga kontrak)",
        "keluarga" => "anggota keluarga yang bukan ASN",
        "atasan" => "atasan atau pejabat ASN",
        "kepala-desa" => "kepala desa dan perangkat desa",
        "pensiunan" => "pensiunan PNS",
        _ => actorClass,
    };

    public const string Rephrase =
        "Silakan pilih salah satu topik di atas atau tulis ulang pertanyaan Anda dengan kata lain. " +
        "Untuk urusan kepegawaian di luar netralitas (cuti, gaji, mutasi, pangkat), silakan hubungi BKPSDM " +
        "atau bagian kepegawaian instansi Anda.";

    public const string NoSuggestion =
        "Saya hanya menjawab pertanyaan tentang netralitas ASN dan pegawai non-ASN dalam Pemilu dan Pilkada. " +
        "Untuk urusan kepegawaian lain (cuti, gaji, mutasi, pangkat), silakan hubungi BKPSDM atau bagian " +
        "kepegawaian instansi Anda.";

    public const string Advice = "Sebaiknya:";

    public const string LegalBasis = "Dasar hukum:";

    public const string Sanction = "Sanksi:";

    public const string Disclaimer =
        "Jawaban ini bersifat umum. Untuk kasus Anda, pastikan dengan BKPSDM atau bagian kepegawaian instansi Anda.";

    public const string GuardRefusal =
        "Maaf, saya tidak dapat merekomendasikan, menilai, memuji atau mengkritik calon, pasangan calon, maupun " +
        "partai politik mana pun. Sebagai asisten netralitas ASN, saya wajib netral, dan pilihan Anda adalah hak " +
        "pribadi yang bersifat rahasia.";

    public const string GuardAdvice =
        "Pelajari visi, misi dan program semua calon dari sumber resmi (misalnya situs KPU, debat resmi di media), " +
        "lalu gunakan hak pilih Anda di TPS. Saya siap membantu menjawab apa yang boleh dan tidak boleh dilakukan " +
        "ASN selama masa pemilu.";

    public const string GuardTitle = "Bisakah bot merekomendasikan calon atau partai?";

    private static readonly string[] MonthNames =
    [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
        "November", "Desember",
    ];

    public static string VerdictLabel(Verdict verdict) => verdict switch
    {
        Verdict.Boleh => "✅ BOLEH",
        Verdict.Dilarang => "⛔ DILARANG",
        Verdict.Bersyarat => "⚠️ BERSYARAT (boleh hanya dengan syarat)",
        Verdict.Info => "ℹ️ INFO",
        _ => "❔ TIDAK TAHU",
    };

    /// <summary>
    /// The short provenance line: reference numbers ("S24") point into the list of sources that admins keep with
    /// the knowledge base; links are shown as they are.
    /// </summary>
    public static string SourcesLine(IReadOnlyList<string> sources) =>
        $"Sumber: {string.Join(", ", sources)} (daftar sumber referensi netralitas).";

    public static string CheckedOn(DateOnly date) =>
        $"Informasi per {date.Day} {MonthNames[date.Month - 1]} {date.Year}.";
}

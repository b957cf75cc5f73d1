using NetralBot.Knowledge.Calendar;

namespace NetralBot.Bot.Conversation;

/// <summary>The Indonesian texts the bot says outside the knowledge base and the pledge text: kept in one place.</summary>
internal static class BotTexts
{
    /// <summary>Welcome after /start.</summary>
    public const string Welcome = """
        Selamat datang di NetralBot, asisten netralitas ASN untuk Pemilu dan Pilkada.

        Yang bisa saya bantu:
        • Menjawab pertanyaan tentang netralitas ASN — ketik saja pertanyaan Anda, misalnya "Apakah ASN boleh like postingan calon?"
        • Melihat daftar topik yang bisa ditanyakan — /topik
        • Ikrar netralitas — ketik IKRAR atau /ikrar
        • Melihat bukti ikrar Anda — /status
        • Berhenti menerima pengingat dan siaran — /berhenti (kembali dengan /mulai)

        Ketik /help kapan saja untuk bantuan.
        """;

    /// <summary>Reply when the database cannot take a write (disk full, read-only): nothing of the message was stored.</summary>
    public const string StorageUnavailable =
        "Maaf, sistem kami sedang mengalami gangguan penyimpanan sehingga pesan Anda belum dapat diproses. Silakan coba lagi beberapa saat lagi.";

    /// <summary>Reply to /help.</summary>
    public const string Help = """
        Perintah yang tersedia:
        /topik — daftar topik yang bisa ditanyakan
        /ikrar — mengucapkan ikrar netralitas
        /status — melihat ikrar dan kode bukti Anda
        /batal — membatalkan proses yang sedang berjalan
        /berhenti — berhenti menerima pengingat dan siaran
        /mulai — kembali menerima pengingat dan siaran
        /zona — mengatur zona waktu pengingat (WIB, WITA atau WIT)
        /help — bantuan ini

        Anda juga dapat langsung mengetik pertanyaan tentang netralitas ASN.
        """;

    /// <summary>Reply to /berhenti (or BERHENTI / STOP typed alone).</summary>
    public const string OptedOut = """
        Baik, Anda tidak akan lagi menerima pengingat dan siaran dari NetralBot.

        Anda tetap dapat bertanya tentang netralitas ASN dan berikrar kapan saja. Jika ingin menerima pengingat lagi, ketik /mulai.
        """;

    /// <summary>Reply to /berhenti when the user had already opted out.</summary>
    public const string AlreadyOptedOut = "Anda sudah berhenti menerima pengingat dan siaran. Ketik /mulai jika ingin menerimanya lagi.";

    /// <summary>Reply to /mulai.</summary>
    public const string OptedIn = "Terima kasih, Anda kembali menerima pengingat dan siaran dari NetralBot. Ketik /berhenti kapan saja untuk berhenti.";

    /// <summary>Reply to /mulai when the user had not opted out.</summary>
    public const string AlreadyOptedIn = "Anda sudah terdaftar menerima pengingat dan siaran. Ketik /berhenti jika ingin berhenti.";

    /// <summary>How to choose a zone, shared by the /zona replies.</summary>
    public const string TimeZoneChoices =
        "Ketik /zona WIB (Waktu Indonesia Barat), /zona WITA (Waktu Indonesia Tengah) atau /zona WIT (Waktu Indonesia Timur) sesuai tempat Anda bekerja.";

    /// <summary>Reply to /zona alone: the current zone, or that none is set and WIB is used.</summary>
    public static string TimeZoneCurrent(IndonesianTimeZone? zone) => zone is { } known
        ? $"Zona waktu Anda: {known.Abbreviation()}. Pengingat dari kalender pemilu dikirim menurut waktu {known.Abbreviation()}.\n\nUntuk mengubahnya: {TimeZoneChoices}"
        : $"Anda belum mengatur zona waktu, sehingga pengingat dari kalender pemilu dikirim menurut waktu WIB.\n\nUntuk mengaturnya: {TimeZoneChoices}";

    /// <summary>Reply to /zona with a zone: it is saved.</summary>
    public static string TimeZoneSet(IndonesianTimeZone zone) =>
        $"Terima kasih, zona waktu Anda sekarang {zone.Abbreviation()}. Pengingat dari kalender pemilu akan dikirim menurut waktu {zone.Abbreviation()}.";

    /// <summary>Reply to /zona with something that is not a zone.</summary>
    public static string TimeZoneUnknown(string text) =>
        $"Maaf, zona waktu \"{(text.Length > 20 ? text[..20] + "…" : text)}\" tidak saya kenal. {TimeZoneChoices}";

    /// <summary>Reply to /batal.</summary>
    public const string Cancelled = "Baik, proses dibatalkan. Anda dapat mengetik pertanyaan atau /ikrar kapan saja.";

    /// <summary>Reply to /batal when nothing was running.</summary>
    public const string NothingToCancel = "Tidak ada proses yang sedang berjalan. Ketik /help untuk bantuan.";

    /// <summary>Reply to an unknown /command.</summary>
    public const string UnknownCommand = "Perintah tersebut tidak saya kenal. Ketik /help untuk melihat perintah yang tersedia.";

    /// <summary>Reply to stickers, photos and other non-text messages.</summary>
    public const string TextOnly = "Maaf, saya hanya bisa membaca pesan teks. Silakan ketik pertanyaan Anda.";

    /// <summary>Reply to an empty message.</summary>
    public const string EmptyQuestion = "Silakan ketik pertanyaan Anda tentang netralitas ASN, atau /help untuk bantuan.";

    /// <summary>Reply to greetings.</summary>
    public const string Greeting = "Halo! Saya NetralBot. Silakan ketik pertanyaan tentang netralitas ASN, atau ketik IKRAR untuk berikrar netralitas.";

    /// <summary>Reply to thanks.</summary>
    public const string Thanks = "Sama-sama! Semoga membantu. Tetap netral, ya.";

    /// <summary>Reply when the knowledge base is unavailable.</summary>
    public const string KnowledgeUnavailable = "Maaf, basis pengetahuan sedang tidak tersedia. Silakan coba lagi nanti.";

    /// <summary>Reply when a topic button is stale.</summary>
    public const string TopicNotFound = "Maaf, topik tersebut tidak ditemukan. Silakan ketik pertanyaan Anda.";

    /// <summary>Heading above related-topic buttons.</summary>
    public const string RelatedHeading = "Topik terkait:";

    /// <summary>Heading above "did you mean" buttons.</summary>
    public const string SuggestionsHeading = "Mungkin maksud Anda:";

    /// <summary>The button under a short answer that shows the legal basis, the sanction and the sources.</summary>
    public const string DetailsButton = "📜 Dasar hukum & sanksi";

    /// <summary>The same button for an entry without a sanction.</summary>
    public const string DetailsButtonNoSanction = "📜 Dasar hukum";

    /// <summary>First line of what the details button shows.</summary>
    public const string DetailsHeading = "📜 Dasar hukum & sanksi";

    /// <summary>Label of the whole explanation when the short answer showed only its first sentences.</summary>
    public const string FullExplanation = "Penjelasan lengkap:";

    /// <summary>Reply to a typed number outside a numbered menu's range.</summary>
    public static string ChooseNumber(int count) => count == 1
        ? "Silakan ketik 1 untuk memilih, atau tulis pertanyaan Anda."
        : $"Silakan ketik angka 1–{count} untuk memilih, atau tulis pertanyaan Anda.";

    /// <summary>Reply to "ok", "sip", "siap", 👍 and similar acknowledgements.</summary>
    public const string Acknowledged = "Siap! Jika ada pertanyaan lain tentang netralitas ASN, silakan ketik saja, atau /topik untuk melihat daftar topik.";

    /// <summary>Heading of the list of knowledge-base sections (/topik).</summary>
    public const string TopicSectionsHeading = "Topik yang bisa Anda tanyakan:";

    /// <summary>Hint under a numbered menu.</summary>
    public const string MenuHint = "Balas dengan nomornya atau pilih tombolnya. Anda juga bisa langsung mengetik pertanyaan.";

    /// <summary>Heading of one section's questions; <paramref name="page"/> of <paramref name="pages"/> when it has several.</summary>
    public static string TopicSectionHeading(string title, int page, int pages) =>
        pages > 1 ? $"Topik: {title} (halaman {page} dari {pages})" : $"Topik: {title}";

    /// <summary>Button to the next page of a section's questions.</summary>
    public const string NextPage = "Berikutnya ›";

    /// <summary>Button back to the list of sections.</summary>
    public const string AllTopics = "« Semua topik";
}

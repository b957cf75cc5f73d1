using NetralBot.Knowledge.Calendar;

namespace NetralBot.Knowledge.Tests.Calendar;

internal static class CalendarSamples
{
    public const string FileName = "kalender-uji.md";

    // A small valid calendar; error tests break it one edit at a time.
    public const string Valid = """
        # Kalender uji

        Petunjuk singkat yang diabaikan parser.

        - daftar petunjuk juga diabaikan

        ## Pemilu Uji
        - ID: uji-2024
        - Zona bawaan: WIB
        - Contoh: tidak
        - Sumber: sampel

        ### Tahapan
        - Pendaftaran: tidak tercantum (tidak ada di sumber)
        - Kampanye: 28 November 2023 s.d. 10 Februari 2024
        - Masa tenang: 2024-02-11 s.d. 2024-02-13
        - Pemungutan suara: Rabu, 14 Februari 2024

        ### Wilayah
        - WIB: Jawa Barat, Banten
        - WITA: Bali
        - WIT: Papua

        ## Pilkada Uji
        - ID: uji-pilkada
        - Contoh: ya

        ### Tahapan
        - Pendaftaran: 27 Agustus 2024 s.d. 29 Agustus 2024
        - Kampanye: 25 September 2024 s.d. 23 November 2024
        - Masa tenang: 24 November 2024 s.d. 26 November 2024
        - Pemungutan suara: 27 November 2024

        ## Teks pengingat

        ### kampanye-h-7
        Kampanye {pemilihan} mulai
        {kampanye_mulai}.

        Paragraf kedua.

        ### kampanye-mulai
        Kampanye dimulai hari ini, sampai {kampanye_selesai}.

        ### masa-tenang
        Masa tenang {masa_tenang_mulai} s.d. {masa_tenang_selesai}.

        ### h-1-pemungutan
        Besok {pemungutan}.
        """;

    public static ElectionCalendar Parse(string text = Valid) => ElectionCalendarParser.Parse(text, FileName);

    /// <summary>Finds the repository's content folder by walking up from the test assembly.</summary>
    public static string ContentFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "content", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"content/{name} not found above {AppContext.BaseDirectory}");
    }
}

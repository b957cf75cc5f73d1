using System.Globalization;
using NetralBot.Bot.Broadcasts;

namespace NetralBot.Bot.Admin;

/// <summary>Indonesian texts of the admin commands.</summary>
internal static class AdminTexts
{
    /// <summary>The word that confirms a broadcast.</summary>
    public const string ConfirmWord = "KIRIM";

    /// <summary>Added to /help for admins only: non-admins must not learn that these commands exist.</summary>
    public const string Help = """
        Perintah admin:
        /broadcast — menyusun siaran (sasaran, pesan, pratinjau, KIRIM)
        /broadcast status <nomor> — melihat kemajuan sebuah siaran
        /jadwal — melihat, menambah (kalender atau pesan), dan membatalkan siaran terjadwal
        /statistik — statistik ikrar per instansi dan per status
        /ekspor — mengunduh data ikrar (CSV)
        /dasbor — tautan masuk dasbor web (sekali pakai, 10 menit)
        """;

    /// <summary>Asks a super admin for the target.</summary>
    public const string AskTarget = """
        Siaran baru. Kepada siapa pesan dikirim? Ketik salah satu:
        SEMUA — semua pelanggan aktif
        BELUM IKRAR — pelanggan yang belum berikrar untuk pemilihan saat ini
        INSTANSI <nama> — pelanggan dari satu instansi, mis. INSTANSI BKN

        Ketik /batal untuk membatalkan.
        """;

    /// <summary>The target was not understood.</summary>
    public const string TargetNotUnderstood = "Sasaran tidak dikenali. Ketik SEMUA, BELUM IKRAR, atau INSTANSI <nama>.";

    /// <summary>The message text is empty.</summary>
    public const string EmptyText = "Pesan tidak boleh kosong. Silakan ketik isi pesan siaran.";

    /// <summary>Waiting for the confirmation word.</summary>
    public const string AwaitConfirm = "Ketik KIRIM untuk mengirim siaran ini, atau /batal untuk membatalkan.";

    /// <summary>The admin's role does not reach the target.</summary>
    public const string NotAllowed = "Maaf, peran admin Anda tidak menjangkau sasaran tersebut.";

    /// <summary>Asks for the message text.</summary>
    public static string AskText(BroadcastTarget target) => $"Sasaran: {target.Describe()}.\nSilakan ketik isi pesan siaran.";

    /// <summary>The preview with the recipient count.</summary>
    public static string Preview(string text, BroadcastTarget target, long recipients) =>
        string.Create(CultureInfo.InvariantCulture, $"Pratinjau siaran:\n\n{text}\n\nPenerima: {recipients} ({target.Describe()}).\n{AwaitConfirm}");

    /// <summary>The job was queued.</summary>
    public static string Queued(long jobId, long recipients) =>
        string.Create(CultureInfo.InvariantCulture, $"Siaran #{jobId} diantrekan untuk {recipients} penerima. Ketik /broadcast status {jobId} untuk melihat kemajuannya; laporan akhir akan dikirim ke percakapan ini.");
}

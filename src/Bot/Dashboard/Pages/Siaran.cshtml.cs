using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NetralBot.Bot.Access;
using NetralBot.Bot.Broadcasts;
using NetralBot.Knowledge.Calendar;

namespace NetralBot.Bot.Dashboard.Pages;

/// <summary>
/// Siaran: compose with a preview and the recipient count, confirm, then follow the job's progress; the calendar's
/// reminder plan (<see cref="ReminderScheduler"/>) and the queued jobs with cancel. All through <see cref="BroadcastQueue"/>,
/// which checks the role and writes the audit log, as the chat and CLI do.
/// </summary>
internal sealed class SiaranModel(BroadcastQueue queue, IBroadcastStore store, ReminderScheduler reminders, IAuditLog audit, TimeProvider time) : DashboardPageModel
{
    /// <summary>The targets this admin may choose: (form value, label).</summary>
    public IReadOnlyList<(string Value, string Label)> Targets { get; private set; } = [];

    /// <summary>The chosen target's form value.</summary>
    public string? Target { get; private set; }

    /// <summary>The message.</summary>
    public string? Text { get; private set; }

    /// <summary>The preview's recipient count.</summary>
    public long? Recipients { get; private set; }

    /// <summary>Who the preview reaches.</summary>
    public string? TargetDescription { get; private set; }

    /// <summary>Elections of the calendar: (id, label).</summary>
    public IReadOnlyList<(string Id, string Label)> Elections { get; private set; } = [];

    /// <summary>Jobs waiting for their time that this admin may see.</summary>
    public IReadOnlyList<BroadcastJob> Queued { get; private set; } = [];

    /// <summary>A confirmation or an error.</summary>
    public string? Message { get; private set; }

    /// <summary>True when <see cref="Message"/> is an error.</summary>
    public bool IsError { get; private set; }

    /// <summary>The page.</summary>
    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    /// <summary>The preview with the recipient count.</summary>
    public async Task<IActionResult> OnPostPratinjauAsync(string? sasaran, string? teks, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var target = ParseTarget(sasaran);
        Target = sasaran;
        Text = teks?.Trim();
        if (string.IsNullOrEmpty(Text) || Text.Length > BroadcastQueue.MaxTextLength)
        {
            return Fail(string.IsNullOrEmpty(Text) ? "Pesan tidak boleh kosong." : BroadcastTexts.TooLong(Text.Length));
        }

        Recipients = await queue.CountAsync(CurrentUser.Role, target, cancellationToken);
        TargetDescription = target.Describe();
        return Page();
    }

    /// <summary>Queues the broadcast and opens its progress page.</summary>
    public async Task<IActionResult> OnPostKirimAsync(string? sasaran, string? teks, CancellationToken cancellationToken)
    {
        try
        {
            var (jobId, _) = await queue.QueueAsync(CurrentUser.Actor, CurrentUser.Role, teks ?? string.Empty, ParseTarget(sasaran), null, cancellationToken: cancellationToken);
            return Redirect($"/dasbor/siaran/{jobId}");
        }
        catch (ArgumentException exception)
        {
            await LoadAsync(cancellationToken);
            return Fail(exception.Message.Split(" (Parameter", 2)[0]);
        }
    }

    /// <summary>Queues the calendar's upcoming reminders of one election.</summary>
    public async Task<IActionResult> OnPostJadwalkanAsync(string? pemilihan, bool paksa, CancellationToken cancellationToken)
    {
        try
        {
            var queued = await reminders.ScheduleAsync(
                CurrentUser.Actor, CurrentUser.Role, pemilihan ?? string.Empty, null, new TimeOnly(7, 0), paksa, "centang \"tetap jadwalkan\"", cancellationToken);
            await LoadAsync(cancellationToken);
            Message = queued.Count == 0 ? "Tidak ada pengingat baru: semuanya sudah lewat atau sudah dijadwalkan." : $"{queued.Count} pengingat dijadwalkan.";
            return Page();
        }
        catch (Exception exception) when (exception is KeyNotFoundException or ElectionNotSchedulableException or ElectionCalendarFormatException or IOException)
        {
            await LoadAsync(cancellationToken);
            return Fail(exception is ElectionCalendarFormatException or IOException ? "Kalender pemilu tidak dapat dibaca; periksa content/kalender.md." : exception.Message);
        }
    }

    /// <summary>Cancels a job that has not started.</summary>
    public async Task<IActionResult> OnPostBatalAsync(long nomor, CancellationToken cancellationToken)
    {
        var job = await store.FindAsync(nomor, cancellationToken);
        if (job is not null && !BroadcastQueue.IsAllowed(CurrentUser.Role, job.Target))
        {
            throw new AdminAccessDeniedException("Siaran tersebut bukan untuk instansi Anda.");
        }

        var cancelled = job is not null && await store.CancelAsync(nomor, time.GetUtcNow(), cancellationToken);
        if (cancelled)
        {
            await audit.WriteAsync(new AuditEntry(CurrentUser.Actor, "broadcast.cancel", "job:" + nomor, 0, time.GetUtcNow()), cancellationToken);
        }

        await LoadAsync(cancellationToken);
        return cancelled ? Done($"Siaran #{nomor} dibatalkan.") : Fail("Siaran tersebut tidak ditemukan atau sudah mulai dikirim.");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var agency = CurrentUser.Role.Agency;
        Targets = CurrentUser.IsSuper
            ? [("semua", "Semua pelanggan aktif"), ("belum-ikrar", "Pelanggan yang belum berikrar")]
            : [("instansi", $"Pelanggan dari {agency}"), ("pegawai-belum-ikrar", $"Pegawai {agency} yang belum berikrar (daftar pegawai)")];
        Target ??= Targets[0].Value;
        Queued = (await store.ListQueuedAsync(cancellationToken)).Where(job => BroadcastQueue.IsAllowed(CurrentUser.Role, job.Target)).ToList();
        try
        {
            Elections = reminders.LoadCalendar().Elections.Select(e => (e.Id, $"{e.Name} ({e.Id})")).ToList();
        }
        catch (Exception exception) when (exception is ElectionCalendarFormatException or IOException)
        {
            Elections = [];
        }
    }

    private BroadcastTarget ParseTarget(string? value) => value switch
    {
        "semua" when CurrentUser.IsSuper => BroadcastTarget.All,
        "belum-ikrar" when CurrentUser.IsSuper => BroadcastTarget.NotPledged,
        "instansi" when CurrentUser.Role.Agency is { } agency => BroadcastTarget.ForAgency(agency),
        "pegawai-belum-ikrar" when CurrentUser.Role.Agency is { } agency => BroadcastTarget.ForRoster(agency),
        _ when value?.StartsWith("instansi:", StringComparison.Ordinal) == true => BroadcastTarget.ForAgency(value["instansi:".Length..]),
        _ => throw new AdminAccessDeniedException("Sasaran siaran tidak dikenal atau di luar peran Anda."),
    };

    private PageResult Fail(string message)
    {
        Message = message;
        IsError = true;
        return Page();
    }

    private PageResult Done(string message)
    {
        Message = message;
        return Page();
    }
}

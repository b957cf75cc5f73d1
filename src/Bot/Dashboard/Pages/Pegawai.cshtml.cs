using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NetralBot.Bot.Access;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Pledges;

namespace NetralBot.Bot.Dashboard.Pages;

/// <summary>
/// Daftar pegawai: import an agency's roster (checked line by line before anything is stored), the employees who have
/// not pledged (by unit, as CSV or XLSX), and a broadcast to those of them who subscribe.
/// </summary>
internal sealed class PegawaiModel(IRosterStore roster, BroadcastQueue queue, IAuditLog audit, PledgeOptions pledge, TimeProvider time) : DashboardPageModel
{
    /// <summary>The reminder text offered for the broadcast.</summary>
    public const string DefaultReminder = "Bapak/Ibu belum menyampaikan ikrar netralitas untuk pemilihan ini. Ketik IKRAR untuk berikrar sekarang. Terima kasih.";

    private const long MaxFileBytes = 20 * 1024 * 1024;

    /// <summary>The agency shown; null while a super admin has not picked one.</summary>
    public string? Agency { get; private set; }

    /// <summary>The unit filter.</summary>
    public string? Unit { get; private set; }

    /// <summary>Agencies with a roster (super admins' picker).</summary>
    public IReadOnlyList<Coverage> Agencies { get; private set; } = [];

    /// <summary>Units of <see cref="Agency"/>.</summary>
    public IReadOnlyList<Coverage> Units { get; private set; } = [];

    /// <summary>Employees without a pledge.</summary>
    public IReadOnlyList<RosterEmployee> NotPledged { get; private set; } = [];

    /// <summary>Subscribers the broadcast button would reach.</summary>
    public long Recipients { get; private set; }

    /// <summary>The checked file, shown as a report.</summary>
    public RosterImport? Import { get; private set; }

    /// <summary>The agency the checked file is for.</summary>
    public string? ImportAgency { get; private set; }

    /// <summary>The checked file, carried to the save step (base64) so nothing is stored before the admin confirms.</summary>
    public string? ImportPayload { get; private set; }

    /// <summary>A confirmation.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>The page.</summary>
    public async Task OnGetAsync(string? instansi, string? unit, CancellationToken cancellationToken) =>
        await LoadAsync(instansi, unit, cancellationToken);

    /// <summary>Checks an uploaded file and shows the report; stores nothing.</summary>
    public async Task<IActionResult> OnPostPeriksaAsync(string? instansi, IFormFile? berkas, CancellationToken cancellationToken)
    {
        var agency = ImportTarget(instansi);
        await LoadAsync(agency, null, cancellationToken);
        string text;
        if (berkas is null || berkas.Length == 0 || berkas.Length > MaxFileBytes)
        {
            Import = new RosterImport([], [new RosterLineError(0, berkas is null || berkas.Length == 0 ? "Berkas kosong atau belum dipilih." : "Berkas lebih dari 20 MB.")]);
            return Page();
        }

        using (var reader = new StreamReader(berkas.OpenReadStream(), Encoding.UTF8))
        {
            text = await reader.ReadToEndAsync(cancellationToken);
        }

        Import = RosterCsvReader.Read(text, agency, Today());
        ImportAgency = agency;
        ImportPayload = Import.IsValid ? Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) : null;
        await audit.WriteAsync(new AuditEntry(CurrentUser.Actor, "roster.check", "instansi:" + agency, Import.Errors.Count, time.GetUtcNow()), cancellationToken);
        return Page();
    }

    /// <summary>Stores a checked file (checked again: the form could have been altered).</summary>
    public async Task<IActionResult> OnPostSimpanAsync(string? instansi, string? isi, CancellationToken cancellationToken)
    {
        var agency = ImportTarget(instansi);
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Convert.FromBase64String(isi ?? string.Empty));
        }
        catch (FormatException)
        {
            text = string.Empty;
        }

        var import = RosterCsvReader.Read(text, agency, Today());
        if (!import.IsValid)
        {
            await LoadAsync(agency, null, cancellationToken);
            Import = import;
            return Page();
        }

        await roster.ReplaceAsync(agency, import.Employees, time.GetUtcNow(), cancellationToken);
        await audit.WriteAsync(new AuditEntry(CurrentUser.Actor, "roster.import", "instansi:" + agency, import.Employees.Count, time.GetUtcNow()), cancellationToken);
        Message = $"{import.Employees.Count} pegawai disimpan untuk {agency}.";
        return Redirect("/dasbor/pegawai?instansi=" + Uri.EscapeDataString(agency));
    }

    /// <summary>The not-pledged list as CSV.</summary>
    public Task<IActionResult> OnGetCsvAsync(string? instansi, string? unit, CancellationToken cancellationToken) =>
        ExportAsync(instansi, unit, "csv", cancellationToken);

    /// <summary>The not-pledged list as XLSX.</summary>
    public Task<IActionResult> OnGetXlsxAsync(string? instansi, string? unit, CancellationToken cancellationToken) =>
        ExportAsync(instansi, unit, "xlsx", cancellationToken);

    /// <summary>Queues a broadcast to the agency's not-pledged subscribers.</summary>
    public async Task<IActionResult> OnPostSiarkanAsync(string? instansi, string? teks, CancellationToken cancellationToken)
    {
        var agency = CurrentUser.AgencyFor(instansi) ?? throw new AdminAccessDeniedException("Pilih instansi terlebih dahulu.");
        try
        {
            var (jobId, _) = await queue.QueueAsync(CurrentUser.Actor, CurrentUser.Role, teks ?? string.Empty, BroadcastTarget.ForRoster(agency), null, cancellationToken: cancellationToken);
            return Redirect($"/dasbor/siaran/{jobId}");
        }
        catch (ArgumentException exception)
        {
            Message = exception.Message;
            return Redirect("/dasbor/pegawai?instansi=" + Uri.EscapeDataString(agency));
        }
    }

    private async Task<IActionResult> ExportAsync(string? instansi, string? unit, string format, CancellationToken cancellationToken)
    {
        var agency = CurrentUser.AgencyFor(instansi) ?? throw new AdminAccessDeniedException("Pilih instansi terlebih dahulu.");
        var rows = await roster.NotPledgedAsync(pledge.ElectionId, agency, Blank(unit), cancellationToken);
        await audit.WriteAsync(new AuditEntry(CurrentUser.Actor, "roster.export", "instansi:" + agency, rows.Count, time.GetUtcNow()), cancellationToken);
        var name = "belum-ikrar-" + new string(agency.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
        return format == "csv"
            ? File(NotPledgedExport.Csv(rows), "text/csv; charset=utf-8", name + ".csv")
            : File(NotPledgedExport.Xlsx(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
    }

    private async Task LoadAsync(string? instansi, string? unit, CancellationToken cancellationToken)
    {
        Agency = CurrentUser.AgencyFor(instansi);
        Unit = Blank(unit);
        Agencies = CurrentUser.IsSuper ? await roster.AgencyCoverageAsync(pledge.ElectionId, null, cancellationToken) : [];
        if (Agency is not null)
        {
            Units = await roster.UnitCoverageAsync(pledge.ElectionId, Agency, cancellationToken);
            NotPledged = await roster.NotPledgedAsync(pledge.ElectionId, Agency, Unit, cancellationToken);
            Recipients = await queue.CountAsync(CurrentUser.Role, BroadcastTarget.ForRoster(Agency), cancellationToken);
        }
    }

    private string ImportTarget(string? instansi) =>
        CurrentUser.AgencyFor(instansi) ?? throw new AdminAccessDeniedException("Isi nama instansi untuk daftar pegawai.");

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

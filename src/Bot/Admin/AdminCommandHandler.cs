using System.Text;
using NetralBot.Bot.Access;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Pledges;

namespace NetralBot.Bot.Admin;

/// <summary>
/// <c>/broadcast</c>, <c>/jadwal</c>, <c>/statistik</c>, <c>/ekspor</c> for configured admins, and their part of <c>/help</c>.
/// For anyone else it passes the turn on, so a non-admin gets the ordinary reply to an unknown command and the
/// ordinary help.
/// </summary>
internal sealed class AdminCommandHandler(
    AdminDirectory admins,
    AdminBroadcastDialog broadcast,
    IPledgeStatisticsStore statistics,
    IPledgeStore pledges,
    PledgeOptions pledge,
    IAuditLog audit,
    ScheduleChatCommand schedule,
    IBroadcastStore broadcasts,
    TimeProvider time) : TurnHandler
{
    /// <inheritdoc />
    public override async Task<bool> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var command = context.Command;
        if (command?.Name is not ("broadcast" or "siaran" or "statistik" or "ekspor" or "jadwal" or "help" or "bantuan"))
        {
            return false;
        }

        var role = admins.Find(context.Turn.User);
        if (role is null)
        {
            return false;
        }

        var actor = context.Turn.User.ToString();
        var scope = role.Agency is null ? "semua" : "instansi:" + role.Agency;
        switch (command.Name)
        {
            case "help" or "bantuan":
                context.Send(BotTexts.Help + "\n\n" + AdminTexts.Help);
                break;
            case "broadcast" or "siaran" when StatusId(command.Payload) is { } jobId:
                // Progress: "/broadcast status 12" or "/broadcast 12".
                var job = await broadcasts.FindAsync(jobId, cancellationToken);
                context.Send(job is null || !CanSee(role, job)
                    ? "Siaran tersebut tidak ditemukan."
                    : BroadcastTexts.Progress(job, await broadcasts.CountsAsync(jobId, cancellationToken)));
                break;
            case "broadcast" or "siaran":
                broadcast.Start(context, role);
                break;
            case "jadwal":
                await schedule.HandleAsync(context, role, command.Payload, cancellationToken);
                break;
            case "statistik":
                var stats = await statistics.GetAsync(pledge.ElectionId, role.Agency, cancellationToken);
                await audit.WriteAsync(new AuditEntry(actor, "stats", scope, stats.Pledges, time.GetUtcNow()), cancellationToken);
                context.Send(PledgeStatisticsText.Format(stats));
                break;
            default:
                var rows = (await pledges.ListAsync(cancellationToken))
                    .Where(p => role.Agency is null || role.CanReachAgency(p.Agency))
                    .ToList();
                await using (var buffer = new MemoryStream())
                {
                    await using (var writer = new StreamWriter(buffer, new UTF8Encoding(false), leaveOpen: true))
                    {
                        await PledgeCsvWriter.WriteAsync(writer, rows);
                    }

                    await audit.WriteAsync(new AuditEntry(actor, "pledges.export", scope, rows.Count, time.GetUtcNow()), cancellationToken);
                    var caption = $"Ekspor ikrar ({rows.Count} baris) untuk {(role.Agency is null ? "semua instansi" : "instansi " + role.Agency)}.";
                    context.Send(new Reply(caption, [], new ReplyDocument("ikrar.csv", buffer.ToArray(), null)));
                }

                break;
        }

        return true;
    }

    private static long? StatusId(string payload)
    {
        var text = payload.StartsWith("status", StringComparison.OrdinalIgnoreCase) ? payload["status".Length..].Trim() : payload.Trim();
        return long.TryParse(text.TrimStart('#'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    private static bool CanSee(AdminRole role, BroadcastJob job) =>
        role.Kind == AdminRoleKind.Super || (job.Target.Kind == BroadcastTargetKind.Instansi && role.CanReachAgency(job.Target.Agency ?? string.Empty));
}

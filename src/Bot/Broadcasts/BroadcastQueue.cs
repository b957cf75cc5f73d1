using NetralBot.Bot.Access;
using NetralBot.Bot.Pledges;

namespace NetralBot.Bot.Broadcasts;

/// <summary>Queues broadcasts for chat and CLI alike: checks the admin's reach, creates the job, writes the audit log.</summary>
internal sealed class BroadcastQueue(IBroadcastStore store, IAuditLog audit, PledgeOptions pledge, TimeProvider time)
{
    /// <summary>
    /// The longest broadcast text: one message on every channel (Telegram and WhatsApp text both stop at 4096
    /// characters, and Telegram counts after HTML escaping), so a broadcast is never split or refused per recipient.
    /// </summary>
    public const int MaxTextLength = 3500;

    /// <summary>True when <paramref name="role"/> may send to <paramref name="target"/>: super anything, instansi only its own agency.</summary>
    public static bool IsAllowed(AdminRole role, BroadcastTarget target) =>
        role.Kind == AdminRoleKind.Super
        || (target.Kind is BroadcastTargetKind.Instansi or BroadcastTargetKind.Roster && target.Agency is not null && role.CanReachAgency(target.Agency));

    /// <summary>The recipient count for a preview; throws <see cref="AdminAccessDeniedException"/> outside the role.</summary>
    public async Task<long> CountAsync(AdminRole role, BroadcastTarget target, CancellationToken cancellationToken = default)
    {
        Authorize(role, target);
        return await store.CountRecipientsAsync(target, pledge.ElectionId, cancellationToken);
    }

    /// <summary>Creates the job; throws <see cref="AdminAccessDeniedException"/> (and audits the attempt) outside the role.</summary>
    /// <param name="actor">Who, e.g. <c>telegram:12345</c> or <c>cli</c>.</param>
    /// <param name="role">The actor's role.</param>
    /// <param name="text">The message.</param>
    /// <param name="target">The recipients.</param>
    /// <param name="at">When to send; null for now.</param>
    /// <param name="reminderKind">The calendar reminder's kind (<see cref="NetralBot.Knowledge.Calendar.ReminderKinds"/>); null for an ad-hoc broadcast.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task<(long JobId, long Recipients)> QueueAsync(
        string actor, AdminRole role, string text, BroadcastTarget target, DateTimeOffset? at, string? reminderKind = null,
        CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (!IsAllowed(role, target))
        {
            await audit.WriteAsync(new AuditEntry(actor, "broadcast.denied", target.ToString(), 0, now), cancellationToken);
            Authorize(role, target);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("Teks siaran kosong.", nameof(text));
        }

        if (text.Trim().Length > MaxTextLength)
        {
            throw new ArgumentException(BroadcastTexts.TooLong(text.Trim().Length), nameof(text));
        }

        var queued = await store.CreateAsync(text.Trim(), target, pledge.ElectionId, actor, now, at ?? now, reminderKind, cancellationToken);
        await audit.WriteAsync(new AuditEntry(actor, "broadcast.queue", $"job:{queued.JobId} {target}", queued.Recipients, now), cancellationToken);
        return queued;
    }

    private static void Authorize(AdminRole role, BroadcastTarget target)
    {
        if (!IsAllowed(role, target))
        {
            throw new AdminAccessDeniedException($"Peran Anda hanya menjangkau instansi {role.Agency}; sasaran \"{target}\" tidak diizinkan.");
        }
    }
}

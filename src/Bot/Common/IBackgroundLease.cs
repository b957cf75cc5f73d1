namespace NetralBot.Bot.Common;

/// <summary>
/// Grants the right to run a background worker that must run in one process at a time (the broadcast sender, the
/// WhatsApp inbox worker), so that instances of <c>serve</c> sharing one database never send a broadcast row or
/// process an inbox payload twice. Webhook endpoints need no lease: they only insert.
/// </summary>
internal interface IBackgroundLease
{
    /// <summary>
    /// How long a process that has just taken the lease waits before working, so that a previous holder whose
    /// connection broke (and who only learns it at its next check) has stopped by then; zero where holders cannot overlap.
    /// </summary>
    TimeSpan TakeoverGrace { get; }

    /// <summary>Takes the lease named <paramref name="name"/> without waiting; null while another process holds it.</summary>
    Task<IBackgroundLeaseHandle?> TryAcquireAsync(string name, CancellationToken cancellationToken = default);
}

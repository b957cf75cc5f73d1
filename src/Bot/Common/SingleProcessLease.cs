namespace NetralBot.Bot.Common;

/// <summary>
/// The lease of the embedded SQLite store: always granted, since one <c>serve</c> per database file is the documented
/// deployment (SQLite cannot be shared between machines).
/// </summary>
internal sealed class SingleProcessLease : IBackgroundLease
{
    /// <inheritdoc />
    public TimeSpan TakeoverGrace => TimeSpan.Zero;

    /// <inheritdoc />
    public Task<IBackgroundLeaseHandle?> TryAcquireAsync(string name, CancellationToken cancellationToken = default) =>
        Task.FromResult<IBackgroundLeaseHandle?>(Handle.Instance);

    private sealed class Handle : IBackgroundLeaseHandle
    {
        public static readonly Handle Instance = new();

        public Task<bool> IsHeldAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

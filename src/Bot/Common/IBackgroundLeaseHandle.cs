namespace NetralBot.Bot.Common;

/// <summary>A held lease; disposing it releases the lease for another process.</summary>
internal interface IBackgroundLeaseHandle : IAsyncDisposable
{
    /// <summary>False once the lease was lost (e.g. the database connection behind it broke); the worker then stops working.</summary>
    Task<bool> IsHeldAsync(CancellationToken cancellationToken = default);
}

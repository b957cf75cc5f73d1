namespace NetralBot.Bot.Broadcasts;

/// <summary>
/// Waits for a flood-limit pause or a back-off. A port of its own so that the engine does not borrow the Telegram
/// client's delay, and so that tests can record the waits without sleeping.
/// </summary>
internal interface IBroadcastDelay
{
    /// <summary>Waits for <paramref name="delay"/>.</summary>
    Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken);
}

namespace NetralBot.Bot.Broadcasts;

/// <summary>The life of a broadcast job.</summary>
internal enum BroadcastJobStatus
{
    /// <summary>Waiting for its scheduled time.</summary>
    Queued,

    /// <summary>Being sent (also after a crash, until resumed and finished).</summary>
    Running,

    /// <summary>No pending recipient left.</summary>
    Done,

    /// <summary>Cancelled before it started.</summary>
    Cancelled,
}

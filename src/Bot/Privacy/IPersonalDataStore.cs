using NetralBot.Bot.Common;
using NetralBot.Bot.Pledges;

namespace NetralBot.Bot.Privacy;

/// <summary>Personal data across the tables: what is held about one user, its erasure, and the retention clean-up.</summary>
internal interface IPersonalDataStore
{
    /// <summary>Every pledge made from this account (all elections), not yet anonymised, oldest first.</summary>
    Task<IReadOnlyList<Pledge>> ListPledgesAsync(Channel channel, string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Erases the user in one transaction: their pledges (and earlier versions) lose name, NIP and account and keep
    /// receipt code, agency, unit, status, dates and <paramref name="nipHash"/> of the NIP; subscriber rows, dialog state,
    /// delivery-failure counts and parked inbox payloads that hold the account are deleted; broadcast delivery rows,
    /// audit entries and finished broadcast jobs keep their counts but no longer name the account. Writes an audit row
    /// without personal data.
    /// </summary>
    Task<ErasureResult> EraseAsync(Channel channel, string userId, Func<string, string?> nipHash, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Anonymises, as <see cref="EraseAsync"/> does, every pledge made before <paramref name="pledgedBefore"/>.</summary>
    Task<int> AnonymiseExpiredPledgesAsync(DateTimeOffset pledgedBefore, Func<string, string?> nipHash, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Deletes parked (unprocessable) Telegram and WhatsApp payloads received before <paramref name="receivedBefore"/>.</summary>
    Task<int> DeleteParkedPayloadsAsync(DateTimeOffset receivedBefore, CancellationToken cancellationToken = default);
}

namespace NetralBot.Bot.Privacy;

/// <summary>What an erasure changed.</summary>
/// <param name="PledgesAnonymised">Pledges that lost name, NIP and account (receipt codes kept).</param>
/// <param name="ReceiptCodes">Their receipt codes, for the confirmation.</param>
/// <param name="RowsDeleted">Rows deleted (subscriber, dialog state, failure counts, parked payloads).</param>
/// <param name="RowsUnlinked">Rows kept without the account (broadcast deliveries, audit entries, broadcast jobs).</param>
internal sealed record ErasureResult(int PledgesAnonymised, IReadOnlyList<string> ReceiptCodes, int RowsDeleted, int RowsUnlinked);

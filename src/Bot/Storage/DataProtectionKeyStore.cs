using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace NetralBot.Bot.Storage;

/// <summary>
/// ASP.NET Core Data Protection's key ring (the keys behind the dashboard's session and anti-forgery cookies) in the
/// table <c>data_protection_keys</c> (migration SQLite 15 / PostgreSQL 16), so every <c>serve</c> instance on one
/// database reads the cookies the others issued. Keys are stored as the framework writes them, without an XML
/// encryptor: whoever can read the database can read them, as they can the pledges.
/// </summary>
/// <remarks>
/// <see cref="IXmlRepository"/> is synchronous. The framework reads the ring when it first needs it and then about once a
/// day, and stores a key when it creates one (every 90 days), so these calls wait on the async store outside any
/// request's hot path; ASP.NET Core has no synchronization context to deadlock on.
/// </remarks>
internal sealed class DataProtectionKeyStore(StoreDatabase database, TimeProvider time) : IXmlRepository
{
    /// <inheritdoc />
    public IReadOnlyCollection<XElement> GetAllElements() =>
        database.QueryAsync("SELECT xml FROM data_protection_keys ORDER BY id", null, reader => XElement.Parse(reader.GetString(0)), CancellationToken.None)
            .GetAwaiter().GetResult();

    /// <inheritdoc />
    public void StoreElement(XElement element, string friendlyName) =>
        database.ExecuteAsync(
            "INSERT INTO data_protection_keys(friendly_name, xml, stored_at) VALUES (@friendlyName, @xml, @at)",
            new { friendlyName, xml = element.ToString(SaveOptions.DisableFormatting), at = database.Time(time.GetUtcNow()) },
            CancellationToken.None).GetAwaiter().GetResult();
}

using System.Data.Common;
using Dapper;

namespace NetralBot.Bot.Storage;

/// <summary>Dapper binds the parameters; rows are mapped by hand, because the providers return different column types.</summary>
internal static class StoreConnectionExtensions
{
    public static async Task<List<T>> QueryRowsAsync<T>(
        this DbConnection connection, string sql, object? parameters, Func<DbDataReader, T> map, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public static Task<int> ExecuteStatementAsync(this DbConnection connection, string sql, object? parameters, DbTransaction? transaction, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

    public static async Task<T> ScalarAsync<T>(this DbConnection connection, string sql, object? parameters, DbTransaction? transaction, CancellationToken cancellationToken) =>
        (await connection.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken)))!;
}

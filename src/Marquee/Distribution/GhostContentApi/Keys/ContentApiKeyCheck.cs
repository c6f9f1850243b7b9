using System.Data.Common;
using Marquee.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Marquee.Distribution.GhostContentApi.Keys;

/// <summary>
/// Whether a Content API key exists now: one indexed lookup on a pooled connection, without a DbContext, because it runs
/// on every Content API request, cache hits included (decision 0031).
/// </summary>
public sealed class ContentApiKeyCheck(DatabaseTarget target)
{
    public async ValueTask<bool> IsValidAsync(string secret, CancellationToken cancellationToken)
    {
        // A NUL or other junk would reach PostgreSQL, which refuses it as text (a 500 instead of Ghost's 401).
        if (!ContentApiKeys.IsWellFormed(secret))
        {
            return false;
        }

        await using DbConnection connection = target.IsPostgres ? new NpgsqlConnection(target.ConnectionString) : new SqliteConnection(target.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM content_api_keys WHERE secret = @secret";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "secret";
        parameter.Value = secret;
        command.Parameters.Add(parameter);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }
}

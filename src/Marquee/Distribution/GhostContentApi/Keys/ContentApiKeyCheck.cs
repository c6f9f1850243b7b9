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
    private static readonly object Verdict = new();

    /// <summary>
    /// The request's own key, looked up once: on a cache miss the cache's gate and the endpoint both ask, and the second
    /// gets the first's answer. A lookup that failed is not remembered, so the endpoint meets the failure itself.
    /// </summary>
    public async ValueTask<bool> IsValidAsync(HttpContext context, string secret)
    {
        if (context.Items.TryGetValue(Verdict, out var known) && known is (string checkedSecret, bool valid) && checkedSecret == secret)
        {
            return valid;
        }

        var verdict = await IsValidAsync(secret, context.RequestAborted);
        context.Items[Verdict] = (secret, verdict);
        return verdict;
    }

    private async ValueTask<bool> IsValidAsync(string secret, CancellationToken cancellationToken)
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

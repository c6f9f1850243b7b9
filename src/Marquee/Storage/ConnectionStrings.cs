using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Marquee.Storage;

internal static class ConnectionStrings
{
    public const string SqliteFileName = "marquee.db";

    /// <summary>ConnectionStrings:Marquee when set; otherwise the SQLite file under Marquee:DataPath.</summary>
    public static string Resolve(IConfiguration configuration, bool isPostgres, string fullDataPath)
    {
        var configured = configuration.GetConnectionString("Marquee");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return isPostgres ? WithoutJit(configured) : configured;
        }

        if (isPostgres)
        {
            throw new InvalidOperationException("Marquee:Database:Provider is postgres but ConnectionStrings:Marquee is empty.");
        }

        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(fullDataPath, SqliteFileName),
            Cache = SqliteCacheMode.Private,
            Pooling = true,
        }.ToString();
    }

    /// <summary>
    /// Marquee's statements are short index lookups. PostgreSQL's JIT compiles any whose estimated cost passes
    /// jit_above_cost, which a bulk import on tables not yet analysed reaches for every lookup (tens of ms each, an import
    /// of 100,000 articles in hours): it is off unless the connection string's Options say otherwise (decision 0052).
    /// </summary>
    private static string WithoutJit(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Options?.Contains("jit", StringComparison.OrdinalIgnoreCase) != true)
        {
            builder.Options = $"{builder.Options} -c jit=off".TrimStart();
        }

        return builder.ToString();
    }
}

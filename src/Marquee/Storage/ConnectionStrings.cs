using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

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
            return configured;
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
}

using Marquee.Platform;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Marquee.Storage;

internal static class ConnectionStrings
{
    public const string SqliteFileName = "marquee.db";

    /// <summary>ConnectionStrings:Marquee when set; otherwise the SQLite file under Marquee:DataPath.</summary>
    public static string Resolve(IConfiguration configuration, MarqueeOptions options)
    {
        var configured = configuration.GetConnectionString("Marquee");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (options.Database.IsPostgres)
        {
            throw new InvalidOperationException("Marquee:Database:Provider is postgres but ConnectionStrings:Marquee is empty.");
        }

        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(options.FullDataPath, SqliteFileName),
            Cache = SqliteCacheMode.Private,
            Pooling = true,
        }.ToString();
    }
}

namespace Marquee.Platform;

public sealed class DatabaseOptions
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public string Provider { get; set; } = Sqlite;

    public bool IsPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);

    public bool IsKnownProvider => IsPostgres || string.Equals(Provider, Sqlite, StringComparison.OrdinalIgnoreCase);
}

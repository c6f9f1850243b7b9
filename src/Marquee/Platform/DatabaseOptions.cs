namespace Marquee.Platform;

public sealed class DatabaseOptions : ICheckedOptions
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public string Provider { get; set; } = Sqlite;

    public bool IsPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);

    public string? Problem() =>
        IsPostgres || string.Equals(Provider, Sqlite, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"Marquee:Database:Provider '{Provider}' is not one of sqlite, postgres.";
}

namespace Marquee.Platform;

/// <summary>
/// What is truly process-wide, at the "Marquee" section's root: where data lives, which database, which Redis. Every other
/// part of the section is an options class of the desk that reads it, bound to its own key (appsettings.json lists them all).
/// </summary>
public sealed class MarqueeOptions : ICheckedOptions
{
    public const string Section = "Marquee";

    /// <summary>Folder for the SQLite file and media; relative paths resolve against the working directory.</summary>
    public string DataPath { get; set; } = "./data";

    public DatabaseOptions Database { get; set; } = new();

    /// <summary>Redis connection string; empty means a single node without Redis.</summary>
    public string Redis { get; set; } = "";

    /// <summary>What this site's keys and eviction channel in Redis start with, so several sites (staging beside production) can share one Redis.</summary>
    public string RedisPrefix { get; set; } = "marquee:";

    public string FullDataPath => Path.GetFullPath(DataPath);

    public string? Problem() =>
        string.IsNullOrWhiteSpace(RedisPrefix) || RedisPrefix.Any(char.IsWhiteSpace)
            ? $"Marquee:RedisPrefix '{RedisPrefix}' must be a non-empty prefix without spaces, such as 'marquee:'."
            : Database.Problem();
}

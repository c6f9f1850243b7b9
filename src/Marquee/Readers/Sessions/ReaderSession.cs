namespace Marquee.Readers.Sessions;

/// <summary>One signed-in browser. The cookie holds a random key; the row is found by its hash, so a copy of the table opens nothing.</summary>
public sealed class ReaderSession
{
    /// <summary>SHA-256 of the cookie's key, in hex.</summary>
    public required string Id { get; set; }

    public long ReaderId { get; set; }

    /// <summary>The browser's User-Agent as it signed in (shortened), so the reader can tell their sessions apart.</summary>
    public string Device { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }
}

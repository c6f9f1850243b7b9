namespace Marquee.Readers.Accounts;

/// <summary>A reader: an e-mail address proven by a code, and what they call themselves. Exists only once verified.</summary>
public sealed class Reader
{
    public long Id { get; set; }

    /// <summary>Lower-case, as <see cref="ReaderAddress"/> normalises it; unique.</summary>
    public required string Email { get; set; }

    public string DisplayName { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime VerifiedAt { get; set; }
}

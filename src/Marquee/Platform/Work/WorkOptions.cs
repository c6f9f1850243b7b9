namespace Marquee.Platform.Work;

/// <summary>How much work a browser does to send a form that floods would target (decision 0076), and how long a challenge lasts.</summary>
public sealed class WorkOptions : ICheckedOptions
{
    public const string Section = "Marquee:Work";

    /// <summary>Leading zero bits of SHA-256 a proof needs: each bit doubles the average work (16 = about 65,000 hashes).</summary>
    public int Bits { get; set; } = 16;

    /// <summary>Seconds a challenge can be spent after it was issued.</summary>
    public int LifetimeSeconds { get; set; } = 600;

    /// <summary>Spent challenges this node remembers until they expire; past it a proof is refused (the form's slower limit applies).</summary>
    public int MaxSpent { get; set; } = 100_000;

    public TimeSpan Lifetime => TimeSpan.FromSeconds(LifetimeSeconds);

    public string? Problem() =>
        Bits is < 1 or > 32 ? $"{Section}:Bits must be 1 to 32."
        : LifetimeSeconds < 10 ? $"{Section}:LifetimeSeconds must be at least 10."
        : MaxSpent < 1 ? $"{Section}:MaxSpent must be at least 1."
        : null;
}

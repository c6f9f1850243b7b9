using Marquee.Platform;
using Marquee.Tips.Sealing;

namespace Marquee.Tips;

/// <summary>The tip line: what a source may send, how long tips are kept, how hard a passphrase is to guess, and where stronger channels are.</summary>
public sealed class TipsOptions : ICheckedOptions
{
    public const string Section = "Marquee:Tips";

    /// <summary>Argon2id passes over a tip editor's passphrase; raising it applies to keys made from then on.</summary>
    public int PassphraseIterations { get; set; } = 3;

    /// <summary>Argon2id memory in KiB (64 MiB, libsodium's interactive-to-moderate range).</summary>
    public int PassphraseMemoryKib { get; set; } = 65536;

    public int MaxMessageCharacters { get; set; } = 20000;

    public int MaxFiles { get; set; } = 5;

    public int MaxFileMegabytes { get; set; } = 25;

    /// <summary>Days a tip is kept from arrival before it is shredded.</summary>
    public int RetentionDays { get; set; } = 90;

    /// <summary>Minutes between retention's runs.</summary>
    public int RetentionCheckMinutes { get; set; } = 10;

    /// <summary>Submissions one client address may make per hour, counted in memory only.</summary>
    public int SubmissionsPerHour { get; set; } = 10;

    /// <summary>Tips sent without a proof of work (no JavaScript) the whole site takes per minute: the slower road a flood cannot widen.</summary>
    public int UnprovenSubmissionsPerMinute { get; set; } = 10;

    /// <summary>Minutes an unlocked key stays open in this node's memory after its last use.</summary>
    public int UnlockedMinutes { get; set; } = 15;

    /// <summary>The newsroom's SecureDrop address (an .onion URL), shown as the stronger channel; empty = none.</summary>
    public string SecureDrop { get; set; } = "";

    /// <summary>A Signal number or username for sources; empty = none.</summary>
    public string Signal { get; set; } = "";

    public PassphraseCost PassphraseCost => new(PassphraseIterations, PassphraseMemoryKib);

    public long MaxFileBytes => MaxFileMegabytes * 1024L * 1024L;

    public string? Problem() =>
        PassphraseIterations < 1 ? $"{Section}:PassphraseIterations must be at least 1."
        : PassphraseMemoryKib < 8 ? $"{Section}:PassphraseMemoryKib must be at least 8."
        : MaxMessageCharacters < 1 || MaxFiles < 0 || MaxFileMegabytes < 1 ? $"{Section}:MaxMessageCharacters and MaxFileMegabytes must be at least 1 and MaxFiles at least 0."
        : RetentionDays < 1 || RetentionCheckMinutes < 1 ? $"{Section}:RetentionDays and RetentionCheckMinutes must be at least 1."
        : SubmissionsPerHour < 1 || UnprovenSubmissionsPerMinute < 1 || UnlockedMinutes < 1 ? $"{Section}:SubmissionsPerHour, UnprovenSubmissionsPerMinute and UnlockedMinutes must be at least 1."
        : null;
}

using Marquee.Platform;

namespace Marquee.Newsroom.Locks;

/// <summary>The newsroom editor's edit lock (Marquee:Editing).</summary>
public sealed class EditingOptions : ICheckedOptions
{
    public const string Section = "Marquee:Editing";

    /// <summary>Seconds an edit lock lasts without a heartbeat: a closed tab frees the article this long after.</summary>
    public int LockSeconds { get; set; } = 60;

    public TimeSpan LockTerm => TimeSpan.FromSeconds(LockSeconds);

    public string? Problem() =>
        LockSeconds <= 0 ? $"Marquee:Editing:LockSeconds '{LockSeconds}' must be a positive number of seconds." : null;
}

namespace Marquee.Platform;

/// <summary>The newsroom editor's edit lock (Marquee:Editing).</summary>
public sealed class EditingOptions
{
    /// <summary>Seconds an edit lock lasts without a heartbeat: a closed tab frees the article this long after.</summary>
    public int LockSeconds { get; set; } = 60;

    public TimeSpan LockTerm => TimeSpan.FromSeconds(LockSeconds);
}

namespace Marquee.Platform.Caching;

/// <summary>
/// Told which cache tags a content write touched, once it has committed: how another desk reacts to
/// changes (WebSub pings) without Platform knowing that desk.
/// </summary>
public interface ICommittedChangeObserver
{
    /// <summary>Runs on the writer's thread after commit: it must return at once and never throw, because the save has already succeeded.</summary>
    void Committed(IReadOnlyCollection<string> tags);
}

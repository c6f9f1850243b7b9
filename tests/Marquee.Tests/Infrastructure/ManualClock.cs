namespace Marquee.Tests.Infrastructure;

/// <summary>A clock a test moves by hand, for rules about time (lock expiry) without waiting for it.</summary>
public sealed class ManualClock(DateTime start) : TimeProvider
{
    private DateTimeOffset _now = new(DateTime.SpecifyKind(start, DateTimeKind.Utc));

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

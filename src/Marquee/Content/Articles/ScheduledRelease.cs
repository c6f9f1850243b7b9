using Marquee.Platform.Jobs;

namespace Marquee.Content.Articles;

/// <summary>
/// Makes a story published for a time still to come (scheduled, or under embargo) appear at that time
/// (<see cref="ScheduledReleaseRun"/>). Runs on one node at a time; after downtime it catches up on everything
/// that fell due meanwhile.
/// </summary>
public sealed class ScheduledRelease(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduledRelease> logger)
    : LeasedJob<ScheduledReleaseRun>(scopes, clock, logger)
{
    protected override string Name => "scheduled-release";
}

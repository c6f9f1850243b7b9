using Marquee.Platform.Jobs;

namespace Marquee.Content.Articles;

/// <summary>
/// Takes a published story down at its unpublish time (<see cref="ScheduledTakedownRun"/>). Runs on one node at
/// a time; anything overdue — after downtime too — goes at the next run.
/// </summary>
public sealed class ScheduledTakedown(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduledTakedown> logger)
    : LeasedJob<ScheduledTakedownRun>(scopes, clock, logger)
{
    public const string JobName = "scheduled-unpublish";

    protected override string Name => JobName;
}

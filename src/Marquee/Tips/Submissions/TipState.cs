namespace Marquee.Tips.Submissions;

/// <summary>Where a tip is on the desk, in the order a tip moves.</summary>
public enum TipState
{
    New,
    Assigned,
    FollowedUp,
    Archived,
}

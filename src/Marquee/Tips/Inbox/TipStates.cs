using Marquee.Tips.Submissions;

namespace Marquee.Tips.Inbox;

/// <summary>A tip's state as the inbox prints it.</summary>
public static class TipStates
{
    public static string Display(TipState state) => state switch
    {
        TipState.FollowedUp => "followed up",
        _ => state.ToString().ToLowerInvariant(),
    };
}

using Marquee.Platform.Work;

namespace Marquee.Tips.Submissions;

/// <summary>What /js/tips.js asks before sending a tip, under /tips so the tip line's route headers cover the answers.</summary>
public static class TipsEndpoints
{
    public const string WorkPurpose = "tips";

    public static void MapTipLine(this IEndpointRouteBuilder app) =>
        app.MapWorkChallenge("/tips/work", WorkPurpose);
}

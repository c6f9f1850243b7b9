using Marquee.Platform.Http;
using Marquee.Platform.Work;
using Marquee.Tips.Keys;

namespace Marquee.Tips.Submissions;

/// <summary>What /js/tips.js asks before sending a tip, under /tips so the tip line's route headers cover the answers.</summary>
public static class TipsEndpoints
{
    public const string WorkPurpose = "tips";

    public static void MapTipLine(this IEndpointRouteBuilder app)
    {
        app.MapWorkChallenge("/tips/work", WorkPurpose);
        app.MapGetAndHead("/tips/keys", KeysAsync);
    }

    /// <summary>Every tip editor's public key, which a tip sealed in the browser is wrapped for (decision 0077).</summary>
    private static async Task<IResult> KeysAsync(TipKeys keys, CancellationToken cancellationToken) =>
        TypedResults.Ok((await keys.RecipientsAsync(cancellationToken)).Select(key => new SealingKey(key.Id, Convert.ToBase64String(key.PublicKey))));
}

using Marquee.Content.Ads;
using Microsoft.Extensions.Options;

namespace Marquee.Demo;

/// <summary>
/// A site started for the demo (Marquee:Demo:LoadOnFirstRun) with no slots or house ad of its own shows where ads go: every
/// position filled by a house ad, which needs no third party and so no consent. Configured slots replace these.
/// </summary>
public static class DemoAds
{
    public static IServiceCollection AddDemoAds(this IServiceCollection services)
    {
        services.AddOptions<AdOptions>().PostConfigure<IOptions<DemoOptions>>((ads, demo) =>
        {
            if (!demo.Value.LoadOnFirstRun || ads.Slots.Count > 0 || ads.HouseAd.IsSet)
            {
                return;
            }

            ads.HouseAd = new HouseAdOptions { ImagePath = "/demo/house-ad.svg", LinkUrl = "/", Text = "Your brand here: advertise on Marquee" };
            ads.Slots["leaderboard"] = Slot(AdPosition.Leaderboard, ("0", "320x50"), ("768", "728x90"));
            ads.Slots["rail"] = Slot(AdPosition.Rail, ("0", "300x250"));
            ads.Slots["in-article"] = Slot(AdPosition.InArticle, ("0", "300x250"));
            ads.Slots["gallery"] = Slot(AdPosition.Gallery, ("0", "300x250"), ("768", "728x90"));
            ads.Slots["gallery"].EveryPhotos = 3; // the demo gallery has six photos, and no slot follows the last
        });
        return services;
    }

    private static AdSlotOptions Slot(AdPosition position, params (string Width, string Sizes)[] sizes) =>
        new() { Position = position, Sizes = sizes.ToDictionary(size => size.Width, size => size.Sizes) };
}

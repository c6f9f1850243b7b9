using Marquee.Platform;

namespace Marquee.Content.Ads;

/// <summary>Ad slots' services: their options, checked at start, and the slots parsed once.</summary>
public static class AdRegistration
{
    public static IServiceCollection AddAds(this IServiceCollection services) =>
        services.BindOptions<AdOptions>(AdOptions.Section).AddSingleton<AdSlots>();
}

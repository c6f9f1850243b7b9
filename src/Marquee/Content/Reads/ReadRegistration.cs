using Marquee.Content.Home;
using Marquee.Platform;

namespace Marquee.Content.Reads;

/// <summary>Reading figures' services: the node's counter and its flush, the per-address limit, the database side, the queries and the home rail.</summary>
public static class ReadRegistration
{
    public static IServiceCollection AddReads(this IServiceCollection services) =>
        services
            .BindOptions<ReadOptions>(ReadOptions.Section)
            .AddSingleton<ReadCounter>()
            .AddSingleton<ReadLimit>()
            .AddHostedService<ReadFlush>()
            .AddScoped<ReadTally>()
            .AddScoped<MostRead>()
            .AddHomeRail<MostReadHomeRailViewComponent>(order: 500);
}

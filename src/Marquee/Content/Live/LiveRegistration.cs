using Marquee.Platform;
using Marquee.Platform.Caching;

namespace Marquee.Content.Live;

/// <summary>Live coverage's services: its options, queries and one class per kind of write.</summary>
public static class LiveRegistration
{
    public static IServiceCollection AddLive(this IServiceCollection services) =>
        services
            .BindOptions<LiveOptions>(LiveOptions.Section)
            .AddScoped<LiveQueries>()
            .AddScoped<LiveEntryRules>()
            .AddScoped<LiveEntryWriter>()
            .AddScoped<PostLiveEntry>()
            .AddScoped<EditLiveEntry>()
            .AddScoped<MarkLiveEntry>()
            .AddScoped<LiveCoverage>()
            .AddEvictionListener<LiveNowSnapshot>();
}

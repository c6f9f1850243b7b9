using Microsoft.AspNetCore.OutputCaching;

namespace Marquee.Platform.Caching;

public static class ReadyPageSetup
{
    /// <summary>
    /// The warm path's ready pages, bounded by Marquee:OutputCache:NodeMemoryMegabytes (0: none, every hit through the output
    /// cache; none either with the cache off), and the page cache wrapped so that its evictions reach them. Call after the
    /// page cache's store is registered.
    /// </summary>
    public static IServiceCollection AddReadyPages(this IServiceCollection services, OutputCacheSettings settings)
    {
        if (settings.NodeMemoryMegabytes == 0 || !settings.Enabled)
        {
            return services;
        }

        services.AddSingleton(provider => new ReadyPages(settings.NodeMemoryMegabytes * 1024L * 1024L, provider.GetRequiredService<TimeProvider>()));
        // Registered last: with Redis, another node's change reaches this node's copies of shared pages before these.
        services.AddSingleton<IEvictionListener>(provider => provider.GetRequiredService<ReadyPages>());
        var store = services.Last(service => service.ServiceType == typeof(IOutputCacheStore) && !service.IsKeyedService);
        services.Remove(store);
        services.AddSingleton<IOutputCacheStore>(provider => new ReadyPageEviction(Create(store, provider), provider.GetRequiredService<ReadyPages>()));
        return services;
    }

    private static IOutputCacheStore Create(ServiceDescriptor store, IServiceProvider provider) =>
        (IOutputCacheStore)(store.ImplementationInstance
            ?? store.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, store.ImplementationType!));
}

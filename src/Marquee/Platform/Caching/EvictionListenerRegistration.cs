using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Platform.Caching;

public static class EvictionListenerRegistration
{
    /// <summary>One <typeparamref name="T"/> for the node, which is also told of every eviction.</summary>
    public static IServiceCollection AddEvictionListener<T>(this IServiceCollection services)
        where T : class, IEvictionListener =>
        services.AddSingleton<T>().AddSingleton<IEvictionListener>(provider => provider.GetRequiredService<T>());
}

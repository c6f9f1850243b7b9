namespace Marquee.Platform.Origin;

/// <summary>Ahead of the whole pipeline, error pages included: the Host check.</summary>
internal sealed class TransportFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<HostCheck>();
        next(app);
    };
}

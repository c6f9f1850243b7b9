namespace Marquee.Tips.Submissions;

/// <summary>Puts <see cref="TipsResponseHeaders"/> ahead of the whole pipeline, error pages included.</summary>
internal sealed class TipsResponseHeadersFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<TipsResponseHeaders>();
        next(app);
    };
}

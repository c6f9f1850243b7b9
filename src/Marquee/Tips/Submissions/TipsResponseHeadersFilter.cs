namespace Marquee.Tips.Submissions;

/// <summary>Puts <see cref="TipsResponseHeaders"/> ahead of the whole pipeline, error pages included, and the page's ready bytes right after it.</summary>
internal sealed class TipsResponseHeadersFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<TipsResponseHeaders>();
        app.UseMiddleware<ReadyTipsPage>();
        next(app);
    };
}

namespace Marquee.Newsroom.Access;

/// <summary>Puts <see cref="NewsroomResponseHeaders"/> ahead of the whole pipeline, error pages and authorization included.</summary>
internal sealed class NewsroomResponseHeadersFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<NewsroomResponseHeaders>();
        next(app);
    };
}

namespace Marquee.Platform.Http;

/// <summary>How Marquee speaks HTTP to hostile clients: where each guard sits in the pipeline, and why there.</summary>
public static class HttpHardening
{
    /// <summary>After the page cache and static files, so a hit is never refused nor counted: methods a page lacks.</summary>
    public static IApplicationBuilder UseUncachedWorkGuards(this IApplicationBuilder app) =>
        app.UseMiddleware<SupportedMethods>();
}

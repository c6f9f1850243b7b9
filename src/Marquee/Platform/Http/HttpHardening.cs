namespace Marquee.Platform.Http;

/// <summary>How Marquee speaks HTTP to hostile clients: where each guard sits in the pipeline, and why there.</summary>
public static class HttpHardening
{
    public static IServiceCollection AddHttpHardening(this IServiceCollection services) =>
        services.AddSingleton<ContentSecurityPolicies>().AddSingleton<UncachedRequestLimit>();

    /// <summary>Before routing and the page cache: a refusal that needs nothing else, and the headers every answer carries.</summary>
    public static IApplicationBuilder UseHttpEdge(this IApplicationBuilder app) =>
        app.UseMiddleware<SecurityHeaders>().UseMiddleware<QueryStringLimit>();

    /// <summary>After the page cache and static files, so a hit is never refused nor counted: methods a page lacks, and each client's budget of uncached work.</summary>
    public static IApplicationBuilder UseUncachedWorkGuards(this IApplicationBuilder app) =>
        app.UseMiddleware<SupportedMethods>().UseMiddleware<UncachedRequestLimit>();
}

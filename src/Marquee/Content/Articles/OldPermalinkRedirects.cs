namespace Marquee.Content.Articles;

/// <summary>
/// A GET or HEAD that no route matched (a 404 otherwise) is looked up among imported articles' old paths and answers 301
/// to the article. Pages, files and cache hits never reach the lookup, so it costs a site nothing where no redirect matches.
/// </summary>
internal sealed class OldPermalinkRedirects(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (context.GetEndpoint() is null && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && await context.RequestServices.GetRequiredService<OldPermalinks>().FindAsync(request.Path.Value, context.RequestAborted) is { } current)
        {
            context.Response.Redirect(current, permanent: true);
            return;
        }

        await next(context);
    }
}

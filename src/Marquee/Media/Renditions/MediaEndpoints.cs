using Marquee.Media.Files;
using Marquee.Platform.Http;
using Microsoft.Net.Http.Headers;

namespace Marquee.Media.Renditions;

/// <summary>
/// /media/{name}: renditions only (originals are private), immutable because the name carries the
/// content hash. A rendition not made yet is a 404 that is not cached, so it appears once made.
/// </summary>
public static class MediaEndpoints
{
    public static void MapMediaFiles(this IEndpointRouteBuilder routes) =>
        routes.MapGetAndHead("/media/{name:regex(^[0-9a-f]{{20}}-[0-9a-z-]+\\.(avif|webp|jpg)$)}", ServeAsync);

    private static async Task<IResult> ServeAsync(string name, IMediaFiles files, HttpContext context, CancellationToken cancellationToken)
    {
        var format = RenditionFormat.ForExtension(Path.GetExtension(name)[1..])!;
        var content = await files.OpenReadAsync(name, cancellationToken);
        if (content is null)
        {
            context.Response.Headers[HeaderNames.CacheControl] = "no-store";
            return TypedResults.NotFound($"{name} is not a rendition Marquee has made (yet).");
        }

        context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
        return TypedResults.Stream(content, format.ContentType);
    }
}

using System.Net.Http.Headers;
using Marquee.Content.Articles;
using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Media;

/// <summary>Drives the newsroom's photo pages over HTTP as a browser would, and arranges articles that use library photos.</summary>
public static class PhotoPages
{
    public const string Upload = "/newsroom/photos/upload";

    /// <summary>Posts files as the upload form does (multipart, one "files" part each) to the page or to one of its handlers.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(StaffSession session, string handler, params (string Name, byte[] Bytes)[] files)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(await session.AntiforgeryTokenAsync(Upload)), "__RequestVerificationToken" },
        };
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, "files", name);
        }

        var url = handler.Length == 0 ? Upload : $"{Upload}?handler={handler}";
        return await session.Client.PostAsync(url, content, TestContext.Current.CancellationToken);
    }

    /// <summary>Posts the photo page's form: its current values with <paramref name="changes"/> applied.</summary>
    public static async Task<HttpResponseMessage> SaveAsync(StaffSession session, long photoId, Dictionary<string, string> changes)
    {
        var page = await session.PageAsync($"/newsroom/photos/{photoId}");
        var form = page.QuerySelectorAll("#photo-form input[name], #photo-form textarea[name]")
            .Where(field => field.GetAttribute("name") != "__RequestVerificationToken")
            .ToDictionary(field => field.GetAttribute("name")!, field => field.LocalName == "textarea" ? field.TextContent : field.GetAttribute("value") ?? "");
        foreach (var (name, value) in changes)
        {
            form[name] = value;
        }

        return await session.PostAsync($"/newsroom/photos/{photoId}?handler=Save", form, $"/newsroom/photos/{photoId}");
    }

    /// <summary>A published article whose feature image is the library photo.</summary>
    public static Task<ArticleInput> ArticleWithPhotoAsync(MarqueeServer server, long photoId, string headline = "Photo Story", Func<ArticleInput, ArticleInput>? configure = null) =>
        new TestContent(server).ArticleAsync(headline, configure: a => (configure ?? (x => x))(a with { FeaturePhotoId = photoId }));
}

using System.Net.Http.Headers;
using Marquee.Content.Articles;

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
        var form = FormFields.Of(page, "#photo-form");
        foreach (var (name, value) in changes)
        {
            form[name] = value;
        }

        return await session.PostAsync($"/newsroom/photos/{photoId}?handler=Save", form, $"/newsroom/photos/{photoId}");
    }

    /// <summary>A published article whose feature image is the library photo.</summary>
    public static Task<ArticleInput> ArticleWithPhotoAsync(MarqueeServer server, long photoId, string headline = "Photo Story", Func<ArticleInput, ArticleInput>? configure = null) =>
        new TestContent(server).ArticleAsync(headline, configure: a => (configure ?? (x => x))(a with { FeaturePhotoId = photoId }));

    /// <summary>
    /// The library lists the photo (found by <paramref name="marker"/>) as used by <paramref name="article"/>, the "unused" filter
    /// leaves it out, and deleting it is refused naming that <paramref name="use"/>, with the database unchanged.
    /// </summary>
    public static async Task AssertInUseAsync(MarqueeServer server, StaffSession editor, long photoId, string marker, string article, string use)
    {
        var library = await editor.PageAsync($"/newsroom/photos?q={marker}");
        var unused = await editor.PageAsync($"/newsroom/photos?q={marker}&Filter=Unused");
        await server.RenditionsMadeAsync(); // a rendition finishing between the fingerprints would write
        var before = server.Database.Fingerprint();
        using var refused = await editor.PostAsync($"/newsroom/photos/{photoId}/delete", [], $"/newsroom/photos/{photoId}/delete");

        Assert.Equal(article, library.Text($"#library [data-photo-id='{photoId}'] .nr-uses a"));
        Assert.Empty(unused.QuerySelectorAll("#library [data-photo-id]"));
        Assert.Equal(System.Net.HttpStatusCode.Conflict, refused.StatusCode);
        var message = HtmlPage.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".nr-error[role=alert]");
        Assert.StartsWith($"Photo {photoId} is in use, so it cannot be deleted: {use} of \u201c{article}\u201d", message, StringComparison.Ordinal);
        Assert.Equal(before, server.Database.Fingerprint());
    }
}

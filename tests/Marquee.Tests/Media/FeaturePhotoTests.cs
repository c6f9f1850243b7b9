using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.Photos;
using Marquee.Media.Photos;
using Marquee.Newsroom.Staff;
using Marquee.Newsroom.Workflow;
using Marquee.Tests.Newsroom;

namespace Marquee.Tests.Media;

/// <summary>Articles use library photos: chosen in the editor, shown as a responsive picture, copied for every other reader, and never published without credit and alt text.</summary>
public sealed class FeaturePhotoTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private readonly MarqueeServer _server = newsroom.Server;
    private readonly NewsroomDriver _newsroom = new(newsroom.Server);

    [Fact]
    public async Task The_article_page_shows_a_library_photo_as_a_responsive_picture_and_feeds_get_its_copy()
    {
        var photo = await PhotoAsync(301);
        var article = await PhotoPages.ArticleWithPhotoAsync(_server, photo.Id, "Picture Story", a => a with { FeatureImage = new FeatureImage(null, null, "The article's own caption", null) });

        var page = await HtmlPage.GetAsync(_server.Client, $"/news/{article.Slug}");

        var image = page.QuerySelector("figure.feature picture img")!;
        Assert.Equal(("eager", "A singer on a lit stage", "1280", "720"), (image.GetAttribute("loading"), image.GetAttribute("alt"), image.GetAttribute("width"), image.GetAttribute("height")));
        Assert.Contains("-16x9-", image.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll("figure.feature picture source[srcset]").Length);
        Assert.Equal(("The article's own caption", "Kevin Winter/Getty Images"), (page.Text("figure.feature .caption"), page.Text("figure.feature .credit")));
        var stored = await TestContent.LoadAsync(_server, article.Slug);
        Assert.Equal(new FeatureImage(PhotoFacts.UrlOf(photo), "A singer on a lit stage", "The article's own caption", "Kevin Winter/Getty Images"), stored.Image);
        using var served = await _server.Client.GetAsync(stored.Image!.Url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Theory]
    [InlineData(EditorialState.Published)]
    [InlineData(EditorialState.Scheduled)]
    public async Task Publishing_or_scheduling_with_a_photo_lacking_credit_or_alt_text_is_refused_naming_both(EditorialState to)
    {
        var bare = await PhotoUploads.IngestAsync(_server, TestImages.Encoded("png", 64, 48, seed: to == EditorialState.Published ? 302 : 303), "bare.png", new PhotoMetadata { Caption = "Backstage at the Grammys", CreatedBy = "tests@marquee.test" });
        var id = bare.Photo!.Id;
        await PhotoUploads.RenditionsMadeAsync(_server, id); // made in the background, they would change the fingerprint
        var writer = NewsroomDriver.Person(StaffRole.Editor);
        var draft = await _newsroom.DraftAsync(writer, "Needs A Credit", a => a with { FeaturePhotoId = id });
        // Background renditions of earlier photos write to the database; the fingerprint waits them out.
        await _server.RenditionsMadeAsync();
        var before = _server.Database.Fingerprint();

        var refused = await Assert.ThrowsAsync<ContentValidationException>(() => _newsroom.MoveAsync(writer, draft, new StateChange(to, PublishAt: DateTime.UtcNow.AddDays(1))));

        Assert.Equal($"the feature photo {id} (\u201cBackstage at the Grammys\u201d) has no alt text and no credit: add it on the photo's page before publishing or scheduling", refused.Message);
        Assert.Equal(before, _server.Database.Fingerprint());
    }

    [Fact]
    public async Task The_editor_form_chooses_a_library_photo_by_number_and_refuses_one_that_does_not_exist()
    {
        var photo = await PhotoAsync(304);
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var id = await _newsroom.DraftAsync(NewsroomDriver.Person(StaffRole.Editor), "Chooses A Photo");
        var path = $"/newsroom/articles/{id.ArticleId}";
        var form = await EditorFormAsync(editor, path);

        form["FeaturePhotoId"] = "999999999";
        using (var missing = await editor.PostAsync($"{path}?handler=Save", form, path))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
            Assert.Equal("Feature photo 999999999 does not exist in the media library", HtmlPage.Parse(await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".nr-error[role=alert]"));
        }

        form["FeaturePhotoId"] = photo.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var saved = await editor.PostAsync($"{path}?handler=Save", form, path);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(photo.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), HtmlPage.Parse(await saved.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).QuerySelector("#feature-photo-id")!.GetAttribute("value"));
        var stored = (await _newsroom.LoadAsync(id.ArticleId)).Fields;
        Assert.Equal((photo.Id, null), (stored.FeaturePhotoId, stored.FeatureImage));
    }

    /// <summary>The editor form's fields as the page filled them, with the token of a lock the page opened.</summary>
    private static async Task<Dictionary<string, string>> EditorFormAsync(StaffSession session, string path)
    {
        return FormFields.Of(await session.PageAsync(path), "#article-form");
    }

    private async Task<Photo> PhotoAsync(int seed)
    {
        var stored = await PhotoUploads.IngestAsync(_server, TestImages.Encoded("jpg", 1600, 1000, seed: seed), $"photo-{seed}.jpg");
        return await PhotoUploads.RenditionsMadeAsync(_server, stored.Photo!.Id);
    }
}

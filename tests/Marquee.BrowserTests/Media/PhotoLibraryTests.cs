using System.Globalization;
using Marquee.BrowserTests.Newsroom;
using Marquee.BrowserTests.Reading;
using Marquee.Content;
using Marquee.Tests.Media;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marquee.BrowserTests.Media;

/// <summary>An editor's path through the media library in a real browser, with JavaScript: upload, credit, choose, publish.</summary>
public sealed class PhotoLibraryTests(NewsroomSite site) : IClassFixture<NewsroomSite>
{
    [Fact]
    public async Task An_editor_uploads_two_photos_credits_one_and_publishes_it_as_an_articles_feature_photo()
    {
        var marker = Guid.NewGuid().ToString("n")[..8];
        var story = NewStory.About($"Photo Desk {marker}");
        await using var tab = await site.SignInAsync(site.Editor);
        var upload = new UploadView(tab.Page);
        var photo = new PhotoView(tab.Page);
        var picker = new PhotoPickerView(tab.Page);
        await upload.OpenAsync();

        await upload.Files.SetInputFilesAsync(
        [
            new FilePayload { Name = "stage.jpg", MimeType = "image/jpeg", Buffer = TestImages.Encoded("jpg", 1600, 900, seed: 901) },
            new FilePayload { Name = "crowd.png", MimeType = "image/png", Buffer = TestImages.Encoded("png", 1200, 800, seed: 902) },
        ]);
        await Expect(upload.PhotoLinks).ToHaveCountAsync(2);
        await upload.PhotoLinks.First.ClickAsync();
        await photo.Caption.FillAsync($"Pink on stage {marker}");
        await photo.AltText.FillAsync("A singer in silver under white lights");
        await photo.Credit.FillAsync("Kevin Winter/Getty Images");
        await photo.Save.ClickAsync();
        await Expect(photo.Notice).ToContainTextAsync("Saved");
        var photoId = photo.Id;
        await RenditionsMadeAsync(tab.Page, photo);

        var editor = await new NewArticleView(tab.Page).WriteAsync(story);
        await picker.Open.ClickAsync();
        await picker.Search.FillAsync(marker);
        await picker.Photo(photoId).ClickAsync();
        await Expect(picker.Number).ToHaveValueAsync(photoId.ToString(CultureInfo.InvariantCulture));
        await editor.Save.ClickAsync();
        await Expect(editor.Notice).ToContainTextAsync("Saved as version");
        await editor.PublishNow.ClickAsync();
        await Expect(editor.Notice).ToHaveTextAsync("Now published.");

        var article = new ArticleView(tab.Page);
        await article.OpenAsync(Slugs.From(story.Headline));
        await Expect(article.PhotoText("Kevin Winter/Getty Images")).ToBeVisibleAsync();
        await Expect(article.PhotoText($"Pink on stage {marker}")).ToBeVisibleAsync();
        var image = article.Photo.GetByRole(AriaRole.Img, new() { Name = "A singer in silver under white lights" });
        await Expect(image).ToBeVisibleAsync();
        Assert.True(await image.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the feature photo's rendition loaded");
    }

    /// <summary>Renditions are made in the background; the photo page says when, on reload.</summary>
    private static async Task RenditionsMadeAsync(IPage page, PhotoView photo)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await photo.RenditionsMade.CountAsync() == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the photo's renditions were not made within 60 s");
            await Task.Delay(250, TestContext.Current.CancellationToken);
            await page.ReloadAsync();
        }
    }
}

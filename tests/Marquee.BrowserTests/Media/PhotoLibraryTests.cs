using Marquee.BrowserTests.Infrastructure;
using Marquee.BrowserTests.Reading;
using Marquee.Content;
using Marquee.Newsroom.Staff;
using Marquee.Tests.Media;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marquee.BrowserTests.Media;

/// <summary>An editor's path through the media library in a real browser, with JavaScript: upload, credit, choose, publish.</summary>
public sealed class PhotoLibraryTests(DemoSite site) : IClassFixture<DemoSite>
{
    private const string Password = "a long newsroom passphrase";

    [Fact]
    public async Task An_editor_uploads_two_photos_credits_one_and_publishes_it_as_an_articles_feature_photo()
    {
        var email = await EditorAsync();
        var marker = Guid.NewGuid().ToString("n")[..8];
        var headline = $"Photo Desk Story {marker}";
        await using var tab = await site.OpenAsync();
        var newsroom = new NewsroomView(tab.Page);
        await newsroom.SignInAsync(email, Password);
        await tab.Page.GotoAsync("/newsroom/photos/upload");

        await newsroom.UploadFiles.SetInputFilesAsync(
        [
            new FilePayload { Name = "stage.jpg", MimeType = "image/jpeg", Buffer = TestImages.Encoded("jpg", 1600, 900, seed: 901) },
            new FilePayload { Name = "crowd.png", MimeType = "image/png", Buffer = TestImages.Encoded("png", 1200, 800, seed: 902) },
        ]);
        await Expect(newsroom.UploadedPhotoLinks).ToHaveCountAsync(2);
        await newsroom.UploadedPhotoLinks.First.ClickAsync();
        var photoId = long.Parse(new Uri(tab.Page.Url).Segments[^1], System.Globalization.CultureInfo.InvariantCulture);
        await newsroom.Caption.FillAsync($"Pink on stage {marker}");
        await newsroom.AltText.FillAsync("A singer in silver under white lights");
        await newsroom.Credit.FillAsync("Kevin Winter/Getty Images");
        await newsroom.Button("Save").ClickAsync();
        await Expect(newsroom.Status).ToContainTextAsync("Saved");
        await RenditionsMadeAsync(tab.Page, newsroom);

        await tab.Page.GotoAsync("/newsroom/articles/new");
        await newsroom.Headline.FillAsync(headline);
        await newsroom.Button("Save draft").ClickAsync();
        await newsroom.ChooseFromLibrary.ClickAsync();
        await newsroom.LibrarySearch.FillAsync(marker);
        await newsroom.PickablePhoto(photoId).ClickAsync();
        await Expect(newsroom.FeaturePhotoNumber).ToHaveValueAsync(photoId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await newsroom.Button("Save").ClickAsync();
        await Expect(newsroom.Status).ToContainTextAsync("Saved as version");
        await newsroom.Button("Publish now").ClickAsync();
        await Expect(newsroom.Status).ToContainTextAsync("Now published");

        var article = new ArticleView(tab.Page);
        await article.OpenAsync(Slugs.From(headline));
        await Expect(article.PhotoText("Kevin Winter/Getty Images")).ToBeVisibleAsync();
        await Expect(article.PhotoText($"Pink on stage {marker}")).ToBeVisibleAsync();
        var image = article.Photo.GetByRole(AriaRole.Img, new() { Name = "A singer in silver under white lights" });
        await Expect(image).ToBeVisibleAsync();
        Assert.True(await image.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the feature photo's rendition loaded");
    }

    /// <summary>Renditions are made in the background; the photo page says when, on reload.</summary>
    private static async Task RenditionsMadeAsync(IPage page, NewsroomView newsroom)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await newsroom.RenditionsMade.CountAsync() == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the photo's renditions were not made within 60 s");
            await Task.Delay(250, TestContext.Current.CancellationToken);
            await page.ReloadAsync();
        }
    }

    private async Task<string> EditorAsync()
    {
        var email = $"photo-editor-{Guid.NewGuid().ToString("n")[..8]}@example.com";
        using var scope = site.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AddStaffUser>().AddAsync(email, "Photo Editor", StaffRole.Editor.Display(), Password, TestContext.Current.CancellationToken);
        return email;
    }
}

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
        var picker = new PhotoPickerView(tab.Page);
        var (photoId, _) = await UploadTwoAndCreditTheFirstAsync(tab.Page, marker);

        var editor = await new NewArticleView(tab.Page).WriteAsync(story);
        await picker.Open.ClickAsync();
        await picker.Search.FillAsync(marker);
        await picker.Photo(photoId).ClickAsync();
        await Expect(picker.Number).ToHaveValueAsync(photoId.ToString(CultureInfo.InvariantCulture));
        await editor.Save.ClickAsync();
        await Expect(editor.Notice).ToContainTextAsync("Saved as version");
        await editor.Publish.ClickAsync();
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

    [Fact]
    public async Task An_editor_puts_a_photo_in_the_body_with_the_toolbar_and_a_reader_sees_it_credited_and_loaded()
    {
        var marker = Guid.NewGuid().ToString("n")[..8];
        var story = NewStory.About($"Inline Desk {marker}");
        await using var tab = await site.SignInAsync(site.Editor);
        var picker = new PhotoPickerView(tab.Page);
        var (photoId, _) = await UploadTwoAndCreditTheFirstAsync(tab.Page, marker);

        var editor = await new NewArticleView(tab.Page).WriteAsync(story);
        await editor.Form.Body.PressAsync("Control+End");
        await picker.Inline.ClickAsync();
        await picker.Search.FillAsync(marker);
        await picker.Photo(photoId).ClickAsync();
        await Expect(editor.Form.Body).ToHaveValueAsync($"{story.Body}\n\n{{{{photo {photoId}}}}}\n\n");
        await Expect(tab.Page.Locator("#preview-body figure")).ToContainTextAsync("Kevin Winter/Getty Images");
        await editor.Save.ClickAsync();
        await Expect(editor.Notice).ToContainTextAsync("Saved as version");
        await editor.Publish.ClickAsync();
        await editor.PublishNow.ClickAsync();
        await Expect(editor.Notice).ToHaveTextAsync("Now published.");

        await using var reader = await site.OpenAsync(javaScript: false);
        var article = new ArticleView(reader.Page);
        await article.OpenAsync(Slugs.From(story.Headline));
        await Expect(article.PhotoText("Kevin Winter/Getty Images")).ToBeVisibleAsync();
        await Expect(article.PhotoText($"Pink on stage {marker}")).ToBeVisibleAsync();
        var image = article.Photo.GetByRole(AriaRole.Img, new() { Name = "A singer in silver under white lights" });
        await image.ScrollIntoViewIfNeededAsync(); // lazy: it loads as it nears the window
        await Expect(image).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await GalleryView.LoadedAsync(image), "the inline photo's rendition loaded");
        Assert.Empty(reader.BrokenRequests);
    }

    [Fact]
    public async Task An_editor_builds_a_gallery_from_two_uploads_embeds_it_in_a_story_and_readers_page_through_it_with_and_without_javascript()
    {
        var marker = Guid.NewGuid().ToString("n")[..8];
        var galleryHeadline = $"Red Carpet Arrivals {marker}";
        await using var tab = await site.SignInAsync(site.Editor);
        var (first, second) = await UploadTwoAndCreditTheFirstAsync(tab.Page, marker);
        await CreditAsync(tab.Page, second, $"Kelly in red {marker}", "A singer in a red gown waving");

        var desk = new GalleryDeskView(tab.Page);
        await desk.OpenNewAsync();
        var form = new ArticleFormView(tab.Page);
        await form.Headline.FillAsync(galleryHeadline);
        await form.Dek.FillAsync("Who wore what.");
        await new NewArticleView(tab.Page).SaveDraft.ClickAsync();
        var gallery = new EditorView(tab.Page);
        await desk.AddAsync(marker, first);
        await desk.AddAsync(marker, second);
        await gallery.Publish.ClickAsync();
        await gallery.PublishNow.ClickAsync();
        await Expect(gallery.Notice).ToHaveTextAsync("Now published.");

        var gallerySlug = Slugs.From(galleryHeadline);
        var story = NewStory.About($"Carpet Story {marker}") with { Body = $"The arrivals began at six.\n\n{{{{gallery {gallerySlug}}}}}\n\nThen the show." };
        var storyEditor = await new NewArticleView(tab.Page).WriteAsync(story);
        await storyEditor.Publish.ClickAsync();
        await storyEditor.PublishNow.ClickAsync();
        await Expect(storyEditor.Notice).ToHaveTextAsync("Now published.");

        await using var reader = await site.OpenAsync(javaScript: false);
        var pages = new GalleryView(reader.Page);
        await new ArticleView(reader.Page).OpenAsync(Slugs.From(story.Headline));
        await reader.Page.Locator(".gallery-card").GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(pages.Headline).ToHaveTextAsync(galleryHeadline);
        await Expect(pages.Position).ToHaveTextAsync("1 of 2");
        await Expect(pages.Photo).ToContainTextAsync("Kevin Winter/Getty Images");
        await pages.Next.ClickAsync();
        await Expect(reader.Page).ToHaveURLAsync(new Uri(site.BaseAddress, $"/photos/{gallerySlug}/2").ToString());
        await Expect(pages.Photo).ToContainTextAsync($"Kelly in red {marker}");

        await using var scripted = await site.OpenAsync(javaScript: true);
        var enhanced = new GalleryView(scripted.Page);
        await enhanced.OpenAsync(gallerySlug);
        await enhanced.PressAsync("ArrowRight");
        await Expect(enhanced.Position).ToHaveTextAsync("2 of 2");
        await enhanced.PressAsync("ArrowLeft");
        await Expect(enhanced.Position).ToHaveTextAsync("1 of 2");
        Assert.True(await GalleryView.LoadedAsync(pages.Photo.GetByRole(AriaRole.Img)), "the gallery's rendition loaded");
        Assert.Empty(reader.BrokenRequests);
    }

    /// <summary>Uploads two photos through the upload page and credits the first; returns both numbers (the live desk's tests use it too).</summary>
    internal static async Task<(long First, long Second)> UploadTwoAndCreditTheFirstAsync(IPage page, string marker)
    {
        var upload = new UploadView(page);
        await upload.OpenAsync();
        await upload.Files.SetInputFilesAsync(
        [
            new FilePayload { Name = "stage.jpg", MimeType = "image/jpeg", Buffer = TestImages.Encoded("jpg", 1600, 900, seed: Random.Shared.Next()) },
            new FilePayload { Name = "crowd.png", MimeType = "image/png", Buffer = TestImages.Encoded("png", 1200, 800, seed: Random.Shared.Next()) },
        ]);
        await Expect(upload.PhotoLinks).ToHaveCountAsync(2);
        var ids = await upload.PhotoLinks.EvaluateAllAsync<long[]>("links => links.map(a => Number(a.pathname.split('/').pop()))");
        await CreditAsync(page, ids[0], $"Pink on stage {marker}", "A singer in silver under white lights");
        return (ids[0], ids[1]);
    }

    /// <summary>Fills a photo's caption, alt text and an agency credit on its page, then waits for its renditions.</summary>
    private static async Task CreditAsync(IPage page, long photoId, string caption, string alt)
    {
        var photo = new PhotoView(page);
        await page.GotoAsync($"/newsroom/photos/{photoId}");
        await photo.Caption.FillAsync(caption);
        await photo.AltText.FillAsync(alt);
        await photo.Credit.FillAsync("Kevin Winter/Getty Images");
        await photo.Save.ClickAsync();
        await Expect(photo.Notice).ToContainTextAsync("Saved");
        await RenditionsMadeAsync(page, photo);
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

using System.Globalization;
using System.Text.RegularExpressions;
using Marquee.BrowserTests.Media;
using Marquee.Content.Articles;
using Marquee.Tests.Media;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Newsroom;

/// <summary>Images dropped on or pasted into the editor (issue 19): uploaded to the library, credited in place, put where they went.</summary>
public sealed partial class DroppedPhotoTests(NewsroomSite site) : IClassFixture<NewsroomSite>
{
    private const string Credit = "Kevin Winter/Getty Images";

    [Fact]
    public async Task An_image_dropped_on_the_body_is_uploaded_credited_in_place_and_put_in_the_text()
    {
        await using var tab = await site.SignInAsync(site.Editor);
        var (editor, prompt) = await WrittenWithCaretAtEndAsync(tab.Page, "Dropped");

        await ImageTransfer.DropAsync(editor.Form.Body, TestImages.Encoded("jpg", 1600, 900, seed: Random.Shared.Next()), "stage.jpg");
        await prompt.CreditAsync("Pink on stage", "A singer in silver under white lights", Credit);

        await Expect(editor.Form.Body).ToHaveValueAsync(PhotoLineAtEnd());
        var photoId = await InsertedPhotoAsync(editor);
        var photo = await site.PhotoAsync(photoId);
        Assert.Equal((Credit, "A singer in silver under white lights"), (photo!.Credit, photo.AltText));
        await editor.Save.ClickAsync();
        await Expect(editor.Notice).ToContainTextAsync("Saved as version");
        await editor.Publish.ClickAsync();
        await editor.PublishNow.ClickAsync();
        await Expect(editor.Notice).ToHaveTextAsync("Now published.");
    }

    [Fact]
    public async Task A_pasted_image_left_uncredited_goes_in_the_text_and_publishing_refuses_it()
    {
        await using var tab = await site.SignInAsync(site.Editor);
        var (editor, prompt) = await WrittenWithCaretAtEndAsync(tab.Page, "Pasted");

        await ImageTransfer.PasteAsync(editor.Form.Body, TestImages.Encoded("png", 1200, 800, seed: Random.Shared.Next()), "image.png");
        await Expect(prompt.Dialog).ToBeVisibleAsync();
        await prompt.Later.ClickAsync();

        await Expect(editor.Form.Body).ToHaveValueAsync(PhotoLineAtEnd());
        var photoId = await InsertedPhotoAsync(editor);
        Assert.Null((await site.PhotoAsync(photoId))!.Credit);
        await editor.Save.ClickAsync();
        await Expect(editor.Notice).ToContainTextAsync("Saved as version");
        await editor.Publish.ClickAsync();
        await editor.PublishNow.ClickAsync();
        await Expect(editor.Error).ToContainTextAsync("credit");
        Assert.NotEqual(ArticleStatus.Published, (await site.StoredAsync(editor.Id)).Fields.Status);
    }

    [Fact]
    public async Task An_image_dropped_on_the_gallery_is_credited_and_becomes_its_last_photo()
    {
        await using var tab = await site.SignInAsync(site.Editor);
        var desk = new GalleryDeskView(tab.Page);
        await desk.OpenNewAsync();
        var form = new ArticleFormView(tab.Page);
        await form.Headline.FillAsync($"Dropped Gallery {Guid.NewGuid().ToString("n")[..6]}");
        await new NewArticleView(tab.Page).SaveDraft.ClickAsync();
        await Assertions.Expect(tab.Page).ToHaveURLAsync(EditorAddress());
        var editor = new EditorView(tab.Page);

        await ImageTransfer.DropAsync(tab.Page.Locator("#gallery-items"), TestImages.Encoded("jpg", 1600, 900, seed: Random.Shared.Next()), "carpet.jpg");
        await new CreditPromptView(tab.Page).CreditAsync("Arrivals", "A red carpet under camera flashes", Credit);

        await Expect(desk.Items).ToHaveCountAsync(1);
        var photoId = (await desk.OrderAsync())[0];
        Assert.Equal([photoId], (await site.StoredAsync(editor.Id)).Fields.GalleryItems.Select(i => i.PhotoId));
        Assert.Equal(Credit, (await site.PhotoAsync(photoId))!.Credit);
    }

    /// <summary>A new story saved, its caret after the last paragraph: where a dropped or pasted photo goes.</summary>
    private static async Task<(EditorView Editor, CreditPromptView Prompt)> WrittenWithCaretAtEndAsync(IPage page, string topic)
    {
        var editor = await new NewArticleView(page).WriteAsync(NewStory.About(topic));
        await editor.Form.Body.PressAsync("Control+End");
        return (editor, new CreditPromptView(page));
    }

    private static async Task<long> InsertedPhotoAsync(EditorView editor) =>
        long.Parse(PhotoLineAtEnd().Match(await editor.Form.Body.InputValueAsync()).Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"fans queued all night\.\n\n\{\{photo ([0-9]+)\}\}\n\n$", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoLineAtEnd();

    [GeneratedRegex("/newsroom/articles/[0-9]+$")]
    private static partial Regex EditorAddress();

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

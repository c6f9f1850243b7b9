using Marquee.BrowserTests.Infrastructure;
using Marquee.BrowserTests.Media;
using Marquee.Demo;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Newsroom;

/// <summary>Ordering in the editor without a round trip (issue 19): gallery photos and tag chips dragged, or moved by their buttons from the keyboard.</summary>
public sealed class OrderingTests(NewsroomSite site) : IClassFixture<NewsroomSite>
{
    private const string GalleryHeadline = "The 2017 AMAs: The Night in Pictures";

    [Fact]
    public async Task An_editor_drags_a_gallery_photo_to_the_top_saves_and_the_public_gallery_follows()
    {
        await using var tab = await DemoGalleryAsync();
        var desk = new GalleryDeskView(tab.Page);
        var editor = new EditorView(tab.Page);
        var before = await desk.OrderAsync();
        long[] expected = [before[2], before[0], before[1], .. before[3..]];
        var draggedAlt = await desk.Thumbnail(2).GetAttributeAsync("alt");

        await tab.Page.SetViewportSizeAsync(1280, 2400); // every row in view: nothing scrolls while the mouse drags
        await desk.Thumbnail(2).HoverAsync();
        await tab.Page.Mouse.DownAsync();
        await desk.Items.Nth(0).HoverAsync();
        await desk.Items.Nth(0).HoverAsync(new() { Position = new() { X = 20, Y = 20 } });
        await tab.Page.Mouse.UpAsync();

        Assert.Equal(expected, await desk.OrderAsync());
        Assert.Equal(expected, await desk.PostedOrderAsync());
        await Expect(desk.Up(0)).ToBeDisabledAsync();
        await Expect(desk.Down(before.Length - 1)).ToBeDisabledAsync();
        await editor.Save.ClickAsync();
        await Expect(editor.Notice).ToContainTextAsync("Saved as version");
        Assert.Equal(expected, (await site.StoredAsync(editor.Id)).Fields.GalleryItems.Select(i => i.PhotoId));

        await using var reader = await site.OpenAsync(javaScript: false);
        var gallery = new GalleryView(reader.Page);
        await gallery.OpenAsync(DemoGallery.Slug);
        await Expect(gallery.Position).ToHaveTextAsync($"1 of {before.Length}");
        await Expect(gallery.Photo.GetByRole(AriaRole.Img, new() { Name = draggedAlt, Exact = true })).ToBeVisibleAsync();
        await LeaveAsync(tab.Page, editor.Id);
    }

    [Fact]
    public async Task From_the_keyboard_up_and_down_move_a_photo_in_place_and_focus_stays_with_it()
    {
        await using var tab = await DemoGalleryAsync();
        var desk = new GalleryDeskView(tab.Page);
        var editor = new EditorView(tab.Page);
        var before = await desk.OrderAsync();
        long[] moved = [before[0], before[2], before[1], .. before[3..]];
        await tab.Page.EvaluateAsync("() => window.sameDocument = true");

        await desk.Up(1).FocusAsync();
        await tab.Page.Keyboard.PressAsync("Enter");

        // At the top its Up is disabled: the keyboard is on its Down button, still with the same photo.
        await Expect(desk.Down(0)).ToBeFocusedAsync();
        await Expect(tab.Page.Locator("#gallery-order")).ToHaveTextAsync($"Photo {before[1]} is now 1 of {before.Length}; Save keeps the order.");
        await tab.Page.Keyboard.PressAsync("Enter");
        await tab.Page.Keyboard.PressAsync("Enter");
        await Expect(desk.Down(2)).ToBeFocusedAsync();
        Assert.Equal(moved, await desk.OrderAsync());
        Assert.True(await tab.Page.EvaluateAsync<bool>("() => window.sameDocument === true"), "moving a photo reloaded the page");

        await tab.Page.Keyboard.PressAsync("Control+s");
        await Expect(editor.Notice).ToContainTextAsync("Saved as version");
        Assert.Equal(moved, (await site.StoredAsync(editor.Id)).Fields.GalleryItems.Select(i => i.PhotoId));
        await LeaveAsync(tab.Page, editor.Id);
    }

    [Fact]
    public async Task An_editor_drags_a_tag_chip_before_another_and_the_draft_keeps_that_order()
    {
        await using var tab = await site.SignInAsync(site.Editor);
        var editor = await new NewArticleView(tab.Page).WriteAsync(NewStory.About("Reorder"));
        var pickers = new PickerView(tab.Page);
        await Expect(pickers.TagChips).ToHaveTextAsync(["Music", "Kelly Clarkson"]);

        await pickers.TagChip("Kelly Clarkson").DragToAsync(pickers.TagChip("Music"));

        await Expect(pickers.TagChips).ToHaveTextAsync(["Kelly Clarkson", "Music"]);
        await Expect(pickers.PostedTags).ToHaveValueAsync("kelly-clarkson, music");
        await editor.Save.ClickAsync();
        await Expect(editor.Notice).ToContainTextAsync("Saved as version");
        Assert.Equal(["kelly-clarkson", "music"], (await site.StoredAsync(editor.Id)).Fields.TagSlugs);
    }

    /// <summary>An editor with the demo gallery open in the editor.</summary>
    private async Task<ReaderTab> DemoGalleryAsync()
    {
        var tab = await site.SignInAsync(site.Editor);
        await new GalleryDeskView(tab.Page).OpenAsync(GalleryHeadline);
        return tab;
    }

    /// <summary>Leaves the editor, which frees the demo gallery for this class's next test.</summary>
    private async Task LeaveAsync(IPage page, long id)
    {
        await new DashboardView(page).OpenAsync();
        Assert.True(await site.WaitUntilUnlockedAsync(id), "leaving the editor did not free the gallery");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

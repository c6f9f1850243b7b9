using Microsoft.Playwright;

namespace Marquee.BrowserTests.Media;

/// <summary>A gallery's part of the newsroom editor: the library chooser and the photos added, by label and button name.</summary>
public sealed class GalleryDeskView(IPage page)
{
    public ILocator Search => page.GetByLabel("Find photos in the library");

    public ILocator Find => page.GetByRole(AriaRole.Button, new() { Name = "Find photos" });

    public ILocator Items => page.Locator(".nr-gallery-items > li");

    public ILocator Add(long photoId) => page.Locator($"#photo-results li[data-photo='{photoId}']").GetByRole(AriaRole.Button, new() { Name = "Add" });

    public Task OpenNewAsync() => page.GotoAsync("/newsroom/articles/new?kind=gallery");

    /// <summary>Finds the photo in the library and adds it; each add is a normal save of the gallery.</summary>
    public async Task AddAsync(string search, long photoId)
    {
        var before = await Items.CountAsync();
        await Search.FillAsync(search);
        await Find.ClickAsync();
        await Add(photoId).ClickAsync();
        await Assertions.Expect(Items).ToHaveCountAsync(before + 1);
    }
}

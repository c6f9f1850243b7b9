using Microsoft.Playwright;

namespace Marquee.BrowserTests.Media;

/// <summary>A gallery's part of the newsroom editor: the library chooser and the photos added, by label and button name, and their order.</summary>
public sealed class GalleryDeskView(IPage page)
{
    public ILocator Search => page.GetByLabel("Find photos in the library");

    public ILocator Find => page.GetByRole(AriaRole.Button, new() { Name = "Find photos" });

    public ILocator Items => page.Locator(".nr-gallery-items > li");

    public ILocator Add(long photoId) => page.Locator($"#photo-results li[data-photo='{photoId}']").GetByRole(AriaRole.Button, new() { Name = "Add" });

    /// <summary>The gallery's photo numbers in the order the editor shows them.</summary>
    public Task<long[]> OrderAsync() => Items.EvaluateAllAsync<long[]>("rows => rows.map(row => Number(row.dataset.photo))");

    /// <summary>The photo numbers the form posts, by the index in their field names.</summary>
    public Task<long[]> PostedOrderAsync() => page.Locator("input[name$='].PhotoId']").EvaluateAllAsync<long[]>(
        "fields => fields.sort((a, b) => Number(a.name.match(/\\d+/)[0]) - Number(b.name.match(/\\d+/)[0])).map(f => Number(f.value))");

    public ILocator Thumbnail(int position) => Items.Nth(position).GetByRole(AriaRole.Img);

    public ILocator Up(int position) => Items.Nth(position).GetByRole(AriaRole.Button, new() { Name = "Up", Exact = true });

    public ILocator Down(int position) => Items.Nth(position).GetByRole(AriaRole.Button, new() { Name = "Down", Exact = true });

    /// <summary>Opens an existing gallery's editor from the article list, found by its headline.</summary>
    public async Task OpenAsync(string headline)
    {
        await page.GotoAsync($"/newsroom/articles?Search={Uri.EscapeDataString(headline)}");
        await page.GetByRole(AriaRole.Link, new() { Name = headline, Exact = true }).ClickAsync();
    }

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

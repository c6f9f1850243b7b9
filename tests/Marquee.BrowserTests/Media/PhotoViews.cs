using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Media;

/// <summary>The upload page, by label and link name: every stored photo links to its page.</summary>
public sealed partial class UploadView(IPage page)
{
    public ILocator Files => page.GetByLabel("Photos:");

    public ILocator PhotoLinks => page.GetByRole(AriaRole.Link, new() { NameRegex = EditPhotoLink() });

    public Task OpenAsync() => page.GotoAsync("/newsroom/photos/upload");

    [GeneratedRegex("^Edit photo [0-9]+$")]
    private static partial Regex EditPhotoLink();
}

/// <summary>One photo's page: its metadata form and the state of its renditions.</summary>
public sealed class PhotoView(IPage page)
{
    public ILocator Caption => page.GetByLabel("Caption");

    public ILocator AltText => page.GetByLabel("Alt text");

    public ILocator Credit => page.GetByLabel("Credit");

    public ILocator Save => page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true });

    public ILocator Notice => page.GetByRole(AriaRole.Status);

    public ILocator RenditionsMade => page.Locator("#rendition-status[data-status=made]");

    /// <summary>The photo's number, from the page's address (/newsroom/photos/{id}).</summary>
    public long Id => long.Parse(new Uri(page.Url).Segments[^1], CultureInfo.InvariantCulture);
}

/// <summary>The editor's photo pickers: the feature photo's number field and button, the toolbar's Photo button, and the library search either opens.</summary>
public sealed class PhotoPickerView(IPage page)
{
    public ILocator Number => page.GetByLabel("Library photo");

    public ILocator Open => page.GetByRole(AriaRole.Button, new() { Name = "Choose from the library" });

    /// <summary>The Markdown toolbar's button that puts a library photo in the body.</summary>
    public ILocator Inline => page.GetByRole(AriaRole.Toolbar, new() { Name = "Markdown" }).GetByRole(AriaRole.Button, new() { Name = "Photo", Exact = true });

    public ILocator Search => page.GetByRole(AriaRole.Searchbox, new() { Name = "Search the media library" });

    public ILocator Photo(long id) => page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^{id}: ") });
}

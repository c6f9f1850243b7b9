using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Media;

/// <summary>The newsroom's sign-in, photo and editor pages as a staff member finds things on them: by label, role and text.</summary>
public sealed partial class NewsroomView(IPage page)
{
    public ILocator UploadFiles => page.GetByLabel("Photos:");

    public ILocator UploadedPhotoLinks => page.GetByRole(AriaRole.Link, new() { NameRegex = EditPhotoLink() });

    public ILocator Caption => page.GetByLabel("Caption");

    public ILocator AltText => page.GetByLabel("Alt text");

    public ILocator Credit => page.GetByLabel("Credit");

    public ILocator Status => page.GetByRole(AriaRole.Status);

    public ILocator RenditionsMade => page.Locator("#rendition-status[data-status=made]");

    public ILocator Headline => page.GetByLabel("Headline", new() { Exact = true });

    public ILocator FeaturePhotoNumber => page.GetByLabel("Library photo");

    public ILocator ChooseFromLibrary => page.GetByRole(AriaRole.Button, new() { Name = "Choose from the library" });

    public ILocator LibrarySearch => page.GetByRole(AriaRole.Searchbox, new() { Name = "Search the media library" });

    public ILocator Button(string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public ILocator PickablePhoto(long id) => page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^{id}: ") });

    public async Task SignInAsync(string email, string password)
    {
        await page.GotoAsync("/newsroom/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await Button("Sign in").ClickAsync();
    }

    [GeneratedRegex("^Edit photo [0-9]+$")]
    private static partial Regex EditPhotoLink();
}

using Microsoft.Playwright;

namespace Marquee.BrowserTests.Newsroom;

/// <summary>The editor's prompt for a photo just dropped or pasted in (newsroom-photos.js), by role and label.</summary>
public sealed class CreditPromptView(IPage page)
{
    public ILocator Dialog => page.GetByRole(AriaRole.Dialog, new() { Name = "Credit the new photo" });

    public ILocator AltText => Dialog.GetByLabel("Alt text");

    public ILocator Credit => Dialog.GetByLabel("Credit");

    public ILocator Caption => Dialog.GetByLabel("Caption");

    public ILocator Save => Dialog.GetByRole(AriaRole.Button, new() { Name = "Save credit" });

    public ILocator Later => Dialog.GetByRole(AriaRole.Button, new() { Name = "Later" });

    public async Task CreditAsync(string caption, string alt, string credit)
    {
        await Assertions.Expect(Dialog).ToBeVisibleAsync();
        await Caption.FillAsync(caption);
        await AltText.FillAsync(alt);
        await Credit.FillAsync(credit);
        await Save.ClickAsync();
        await Assertions.Expect(Dialog).ToBeHiddenAsync(new() { Timeout = 20_000 }); // saving refreshes every article using the photo: slow on a loaded box
    }
}

using System.Text.Json;
using Deque.AxeCore.Playwright;
using Marquee.BrowserTests.Consent;
using Marquee.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Readers;

/// <summary>
/// A reader signs up from the masthead by the mailed code, sees their name in the same-sized slot, and signs out everywhere;
/// a signed-in reader's choice on the consent banner is kept as a receipt (decision 0094).
/// </summary>
public sealed class ReaderAccountBrowserTests(ReaderDemoSite site) : IClassFixture<ReaderDemoSite>
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task A_reader_signs_up_by_the_mailed_code_and_the_masthead_shows_their_name_without_moving(int width)
    {
        var email = $"fan-{Guid.NewGuid().ToString("n")[..8]}@example.com";
        await using var reader = await site.OpenAsync(width: width);
        await reader.Page.GotoAsync("/");
        var slot = reader.Page.Locator("#account-slot");
        await Expect(slot).ToHaveTextAsync("Sign in");
        var signedOutBox = Box(await slot.BoundingBoxAsync());

        await slot.ClickAsync();
        await SignInByMailedCodeAsync(reader.Page, email);
        await reader.Page.GetByLabel("Name shown on the site").FillAsync("Kelly's Biggest Fan");
        await reader.Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await reader.Page.GotoAsync("/");
        await Expect(slot).ToHaveTextAsync("Kelly's Biggest Fan");
        Assert.Equal(signedOutBox, Box(await slot.BoundingBoxAsync()));

        await slot.ClickAsync();
        await reader.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out everywhere" }).ClickAsync();
        await reader.Page.GotoAsync("/");
        await Expect(slot).ToHaveTextAsync("Sign in");
        Assert.Empty(reader.BrokenRequests);
    }

    [Fact]
    public async Task The_account_page_has_no_accessibility_violations_signed_out_or_in()
    {
        var email = $"axe-{Guid.NewGuid().ToString("n")[..8]}@example.com";
        await using var reader = await site.OpenAsync();
        await reader.Page.GotoAsync("/account");
        AssertNoViolations(await reader.Page.RunAxe());

        await reader.Page.GetByLabel("E-mail address").FillAsync(email);
        await reader.Page.GetByRole(AriaRole.Button, new() { Name = "Mail me a code" }).ClickAsync();
        // The form sends once its proof of work is found: wait for the page it opens.
        await Expect(reader.Page.GetByLabel("Code from the mail")).ToBeVisibleAsync();
        AssertNoViolations(await reader.Page.RunAxe());
        await reader.Page.GetByLabel("Code from the mail").FillAsync((await site.Smtp.WaitForAsync(email)).Code);
        await reader.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(reader.Page.Locator("main")).ToContainTextAsync("Where you are signed in");
        AssertNoViolations(await reader.Page.RunAxe());
    }

    [Fact]
    public async Task A_signed_in_readers_choice_on_the_consent_banner_is_kept_as_a_receipt_in_their_export()
    {
        var email = $"choice-{Guid.NewGuid().ToString("n")[..8]}@example.com";
        await using var reader = await site.OpenAsync();
        await reader.Page.GotoAsync("/account");
        await SignInByMailedCodeAsync(reader.Page, email);

        await reader.Page.GotoAsync("/");
        var banner = new ConsentBannerView(reader.Page);
        // The demo loads no tag, so the banner waits to be opened from the footer.
        await banner.CookieSettings.ClickAsync();
        await banner.Reject.ClickAsync();

        var receipts = await ConsentReceiptsAsync(reader.Page);
        var receipt = Assert.Single(receipts.EnumerateArray());
        Assert.Equal((false, false), (receipt.GetProperty("analytics").GetBoolean(), receipt.GetProperty("advertising").GetBoolean()));
        Assert.Empty(reader.BrokenRequests);
    }

    /// <summary>The account's export, asked until the banner's receipt (sent as the banner closes) is in it.</summary>
    private static async Task<JsonElement> ConsentReceiptsAsync(IPage page)
    {
        for (var attempt = 0; ; attempt++)
        {
            var export = await page.APIRequest.GetAsync("/account/export");
            var receipts = JsonDocument.Parse(await export.TextAsync()).RootElement.GetProperty("consentReceipts");
            if (receipts.GetArrayLength() > 0 || attempt == 50)
            {
                return receipts;
            }

            await page.WaitForTimeoutAsync(100);
        }
    }

    /// <summary>From the account page: the address, the code the mail brings, and the signed-in account page.</summary>
    private async Task SignInByMailedCodeAsync(IPage page, string email)
    {
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mail me a code" }).ClickAsync();
        await page.GetByLabel("Code from the mail").FillAsync((await site.Smtp.WaitForAsync(email)).Code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync($"Signed in as {email}");
    }

    private static void AssertNoViolations(Deque.AxeCore.Commons.AxeResult results) =>
        Assert.True(results.Violations.Length == 0, string.Join('\n', results.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(' ', n.Target)))})")));

    private static (float X, float Y, float Width, float Height) Box(LocatorBoundingBoxResult? box) =>
        box is null ? throw new Xunit.Sdk.XunitException("the account slot is not shown") : (box.X, box.Y, box.Width, box.Height);

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

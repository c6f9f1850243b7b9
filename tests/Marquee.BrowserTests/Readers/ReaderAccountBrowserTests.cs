using Deque.AxeCore.Playwright;
using Marquee.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Readers;

/// <summary>A reader signs up from the masthead by the mailed code, sees their name in the same-sized slot, and signs out everywhere.</summary>
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
        await reader.Page.GetByLabel("E-mail address").FillAsync(email);
        await reader.Page.GetByRole(AriaRole.Button, new() { Name = "Mail me a code" }).ClickAsync();
        var mail = await site.Smtp.WaitForAsync(email);
        await reader.Page.GetByLabel("Code from the mail").FillAsync(mail.Code);
        await reader.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(reader.Page.Locator("main")).ToContainTextAsync($"Signed in as {email}");
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

    private static void AssertNoViolations(Deque.AxeCore.Commons.AxeResult results) =>
        Assert.True(results.Violations.Length == 0, string.Join('\n', results.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(' ', n.Target)))})")));

    private static (float X, float Y, float Width, float Height) Box(LocatorBoundingBoxResult? box) =>
        box is null ? throw new Xunit.Sdk.XunitException("the account slot is not shown") : (box.X, box.Y, box.Width, box.Height);

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

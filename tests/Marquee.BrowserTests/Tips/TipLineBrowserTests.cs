using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Marquee.BrowserTests.Newsroom;
using Marquee.Tests.Tips;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Tips;

/// <summary>
/// A source sends a tip with a file from Chromium, with JavaScript (sealed in the browser: the request itself carries no
/// plaintext) and without (sealed on arrival). Either way the database and data folder hold only ciphertext, and the
/// tip editor's key opens the tip, words, file name and bytes (decisions 0066, 0077); in the newsroom the tip editor signs in,
/// unlocks their key with its passphrase and reads it, until retention shreds it.
/// </summary>
public sealed class TipLineBrowserTests(TipLineSite site) : IClassFixture<TipLineSite>
{
    /// <summary>Every part of every form the page hands to fetch, names and bytes as text (Chromium keeps blob bodies from the request log).</summary>
    private const string FetchSpy = """
        window.sentParts = [];
        const send = window.fetch;
        window.fetch = async (input, init) => {
            if (init && init.body instanceof FormData) {
                for (const [name, value] of init.body.entries()) {
                    window.sentParts.push(name, typeof value === 'string' ? value : new TextDecoder('latin1').decode(await value.arrayBuffer()));
                }
            }
            return send(input, init);
        };
        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_source_sends_text_and_a_file_and_only_ciphertext_is_stored(bool javaScript)
    {
        var message = $"The studio shredded the contracts {Guid.NewGuid():n}";
        var contact = $"burner-{Guid.NewGuid():n}";
        var fileName = $"contracts-{Guid.NewGuid().ToString("n")[..8]}.txt";
        var line = Encoding.UTF8.GetBytes($"clause {Guid.NewGuid():n}\n");
        var file = Enumerable.Repeat(line, 300_000 / line.Length).SelectMany(b => b).ToArray();
        await using var source = await site.OpenAsync(javaScript);
        await source.Page.AddInitScriptAsync(FetchSpy);
        await source.Page.GotoAsync("/tips");
        await source.Page.GetByLabel("Your tip").FillAsync(message);
        await source.Page.GetByLabel("How to reach you (optional)").FillAsync(contact);
        await source.Page.GetByLabel("Files (optional", new() { Exact = false }).SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "text/plain", Buffer = file });

        var sent = await source.Page.RunAndWaitForRequestAsync(
            () => source.Page.GetByRole(AriaRole.Button, new() { Name = "Send tip" }).ClickAsync(),
            request => request.Method == "POST" && request.Url.Contains("/tips", StringComparison.Ordinal));
        await Assertions.Expect(source.Page.Locator("#receipt-code")).ToHaveTextAsync(new Regex("^[A-Z0-9]{4}(-[A-Z0-9]{4}){4}$"));
        var receipt = await source.Page.Locator("#receipt-code").TextContentAsync();
        var (tip, files, received) = await site.OpenTipAsync(receipt!);

        Assert.Equal(javaScript, sent.Url.EndsWith("?handler=Sealed", StringComparison.Ordinal));
        Assert.Equal(javaScript ? "tip received, sealed in the source's browser" : "tip received", received);
        if (javaScript)
        {
            var handedToFetch = string.Concat(await source.Page.EvaluateAsync<string[]>("window.sentParts"));
            Assert.Contains("SealedFile", handedToFetch, StringComparison.Ordinal);
            Assert.All(new[] { message, contact, fileName, Encoding.UTF8.GetString(line) }, plain => Assert.DoesNotContain(plain, handedToFetch, StringComparison.Ordinal));
        }

        Assert.All(new[] { message, contact, fileName }, plain => Assert.False(TipStorage.Holds(site.Server, Encoding.UTF8.GetBytes(plain)), $"'{plain}' is stored in the clear"));
        Assert.False(TipStorage.Holds(site.Server, line), "the file is stored in the clear");
        Assert.Equal(message, tip.Text.Message);
        Assert.Equal(contact, tip.Text.Contact);
        Assert.Equal(fileName, Assert.Single(tip.Files).Described.Name);
        Assert.Equal(file, Assert.Single(files));
        Assert.Empty(source.BrokenRequests);
    }

    [Fact]
    public async Task The_tip_editor_signs_in_unlocks_their_key_and_reads_the_tip_in_the_newsroom_until_retention_shreds_it()
    {
        var message = $"The premiere date moved {Guid.NewGuid():n}";
        await using var source = await site.OpenAsync(javaScript: true);
        await source.Page.GotoAsync("/tips");
        await source.Page.GetByLabel("Your tip").FillAsync(message);
        await source.Page.GetByRole(AriaRole.Button, new() { Name = "Send tip" }).ClickAsync();
        await Assertions.Expect(source.Page.Locator("#receipt-code")).ToBeVisibleAsync();
        var tipId = await site.TipIdAsync((await source.Page.Locator("#receipt-code").TextContentAsync())!);

        await using var journalist = await site.OpenAsync(javaScript: true);
        var login = new SignInView(journalist.Page);
        await login.OpenAsync();
        // The page asks for passkey-autofill options as it loads; signing in before they arrive would cut that request off.
        await Assertions.Expect(login.PasskeyForm).ToHaveAttributeAsync("data-autofill", new Regex(".*"));
        await login.Email.FillAsync(site.EditorEmail);
        await login.Password.FillAsync(TipLineSite.EditorPassword);
        await login.SignIn.ClickAsync();
        await Assertions.Expect(login.Greeting("Tip Editor")).ToBeVisibleAsync();
        await journalist.Page.GotoAsync("/newsroom/tips");
        await journalist.Page.GetByLabel("Passphrase").FillAsync(TipLineSite.Passphrase);
        await journalist.Page.GetByRole(AriaRole.Button, new() { Name = "Unlock" }).ClickAsync();
        await Assertions.Expect(journalist.Page.GetByRole(AriaRole.Button, new() { Name = "Lock my tip key" })).ToBeVisibleAsync();
        await journalist.Page.GetByRole(AriaRole.Link, new() { Name = $"Tip {tipId}", Exact = true }).ClickAsync();

        await Assertions.Expect(journalist.Page.Locator("#tip-message")).ToHaveTextAsync(message);

        Assert.True(await site.ShredWhenDueAsync(tipId) >= 1);
        var gone = await journalist.Page.ReloadAsync();
        await journalist.Page.GotoAsync("/newsroom/tips");
        Assert.Equal(404, gone!.Status);
        await Assertions.Expect(journalist.Page.GetByRole(AriaRole.Link, new() { Name = $"Tip {tipId}", Exact = true })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_tips_page_has_no_accessibility_violations_and_loads_nothing_from_another_origin()
    {
        await using var source = await site.OpenAsync(javaScript: true);
        var origins = new List<string>();
        source.Page.Request += (_, request) => origins.Add(new Uri(request.Url).GetLeftPart(UriPartial.Authority));

        await source.Page.GotoAsync("/tips");
        await source.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var results = await source.Page.RunAxe();

        Assert.True(results.Violations.Length == 0, string.Join('\n', results.Violations.Select(v => $"{v.Id}: {v.Help}")));
        Assert.All(origins, origin => Assert.Equal(site.Server.BaseAddress.GetLeftPart(UriPartial.Authority), origin));
        Assert.Empty(await source.Page.Context.CookiesAsync());
    }
}

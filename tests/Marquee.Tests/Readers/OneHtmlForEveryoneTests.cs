namespace Marquee.Tests.Readers;

/// <summary>Public pages are the same bytes for a signed-in reader and anyone else, and never set a cookie (decision 0070).</summary>
public sealed class OneHtmlForEveryoneTests(ReaderSite site) : IClassFixture<ReaderSite>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=awards")]
    public async Task A_public_page_is_byte_identical_signed_in_and_out(string path)
    {
        using var reader = await new ReaderBrowser(site).SignInAsync(ReaderSite.NewAddress());
        Assert.NotEmpty(reader.Cookies.GetAllCookies());

        // The signed-in reader renders it first, so a personal render would be what the cache then serves everyone.
        var signedIn = await BytesAsync(reader.Client, path);
        using var anonymousBrowser = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = site.Server.BaseAddress };
        var signedOut = await BytesAsync(anonymousBrowser, path);

        Assert.Equal(signedOut, signedIn);
        var page = HtmlPage.Parse(System.Text.Encoding.UTF8.GetString(signedIn));
        Assert.Equal("Sign in", page.Text("header.masthead #account-slot"));
        Assert.NotNull(page.QuerySelector("script[src^='/js/me.js']"));
    }

    private static async Task<byte[]> BytesAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), $"{path} set a cookie");
        Assert.DoesNotContain("Cookie", response.Headers.Vary);
        return await response.Content.ReadAsByteArrayAsync(Token);
    }
}

using Marquee.Readers.SignIn;

namespace Marquee.Tests.Readers;

/// <summary>Signing up and in by a mailed code (read back from a real SMTP server), and every way of getting it wrong.</summary>
public sealed class ReaderSignInTests(ReaderSite site) : IClassFixture<ReaderSite>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_mailed_code_makes_a_verified_account_and_signs_it_in()
    {
        var email = ReaderSite.NewAddress();
        using var browser = new ReaderBrowser(site);

        Assert.Null(await ReaderRows.AccountAsync(site.Server, email));
        await browser.SignInAsync(email);

        var mail = site.Smtp.To(email).Single();
        Assert.Equal("readers@marquee.test", mail.From);
        Assert.Contains("is your sign-in code", mail.Subject, StringComparison.Ordinal);
        var account = await ReaderRows.AccountAsync(site.Server, email);
        Assert.NotNull(account);
        Assert.True(account.VerifiedAt > DateTime.UtcNow.AddMinutes(-5));
        var me = await browser.MeAsync();
        Assert.Equal(email.Split('@')[0], me.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_known_and_an_unknown_address_get_the_same_answer()
    {
        var known = ReaderSite.NewAddress("known");
        using (var first = new ReaderBrowser(site))
        {
            await first.SignInAsync(known);
        }

        var unknown = ReaderSite.NewAddress("unknown");
        using var browser = new ReaderBrowser(site);
        using var forKnown = await browser.AskCodeAsync(known);
        using var forUnknown = await browser.AskCodeAsync(unknown);

        Assert.Equal(forKnown.StatusCode, forUnknown.StatusCode);
        Assert.Equal(ComparableAnswer.Of(await forKnown.Content.ReadAsStringAsync(Token), known), ComparableAnswer.Of(await forUnknown.Content.ReadAsStringAsync(Token), unknown));
        await site.Smtp.WaitForAsync(unknown);
    }

    [Fact]
    public async Task The_mailed_link_opens_a_page_and_only_its_button_spends_it()
    {
        var email = ReaderSite.NewAddress();
        using var browser = new ReaderBrowser(site);
        var link = (await browser.MailedCodeAsync(email)).LinkPath;
        using var scanner = new ReaderBrowser(site);
        for (var visit = 0; visit < 2; visit++)
        {
            var page = await scanner.PageAsync(link);
            Assert.NotNull(page.QuerySelector("form[method=post] button"));
        }

        Assert.False(await browser.IsSignedInAsync());
        Assert.Null(await ReaderRows.AccountAsync(site.Server, email));
        var token = Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..]);
        using (var pressed = await browser.PostPageAsync(link, new() { ["Token"] = token }))
        {
            Assert.Equal(HttpStatusCode.Redirect, pressed.StatusCode);
        }

        Assert.True(await browser.IsSignedInAsync());
        using var again = await scanner.PostPageAsync(link, new() { ["Token"] = token });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("expired or was already used", await again.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.False(await scanner.IsSignedInAsync());
    }

    [Fact]
    public async Task A_code_works_once()
    {
        var email = ReaderSite.NewAddress();
        using var browser = new ReaderBrowser(site);
        await browser.SignInAsync(email);
        var code = site.Smtp.To(email).Single().Code;

        using var thief = new ReaderBrowser(site);
        using var replay = await thief.SendCodeAsync(email, code);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, replay.StatusCode);
        Assert.Contains(CodeOutcome.Dead, await Text(replay), StringComparison.Ordinal);
        Assert.False(await thief.IsSignedInAsync());
    }

    [Fact]
    public async Task An_expired_code_is_refused_and_makes_no_account()
    {
        var email = ReaderSite.NewAddress();
        using var browser = new ReaderBrowser(site);
        var code = (await browser.MailedCodeAsync(email)).Code;
        Assert.Equal(1, await ReaderRows.ExpireCodesAsync(site.Server, email));
        using var late = await browser.SendCodeAsync(email, code);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Contains(CodeOutcome.Dead, await Text(late), StringComparison.Ordinal);
        Assert.Null(await ReaderRows.AccountAsync(site.Server, email));
    }

    [Fact]
    public async Task Wrong_guesses_lock_the_code_so_even_the_right_digits_fail()
    {
        var email = ReaderSite.NewAddress();
        using var guesser = new ReaderBrowser(site);
        var code = (await guesser.MailedCodeAsync(email)).Code;
        var wrong = code == "000000" ? "111111" : "000000";
        for (var left = 4; left >= 1; left--)
        {
            using var guess = await guesser.SendCodeAsync(email, wrong);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, guess.StatusCode);
            Assert.Contains($"{left} {(left == 1 ? "try" : "tries")} left", await Text(guess), StringComparison.Ordinal);
        }

        using (var fifth = await guesser.SendCodeAsync(email, wrong))
        {
            Assert.Contains(CodeOutcome.LockedOut, await Text(fifth), StringComparison.Ordinal);
        }

        using var right = await guesser.SendCodeAsync(email, code);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, right.StatusCode);
        Assert.Contains(CodeOutcome.LockedOut, await Text(right), StringComparison.Ordinal);
        Assert.Null(await ReaderRows.AccountAsync(site.Server, email));
        Assert.False(await guesser.IsSignedInAsync());
    }

    [Fact]
    public async Task An_address_is_mailed_at_most_five_codes_an_hour()
    {
        var email = ReaderSite.NewAddress();
        using var browser = new ReaderBrowser(site);
        for (var i = 0; i < 5; i++)
        {
            using var asked = await browser.AskCodeAsync(email);
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        }

        await site.Smtp.WaitForAsync(email, 5);
        using var sixth = await browser.AskCodeAsync(email);

        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
        Assert.Contains("5 codes were already sent to this address in the last hour", await Text(sixth), StringComparison.Ordinal);
        Assert.Equal(5, await ReaderRows.CodesAsync(site.Server, email));
        await Task.Delay(300, Token);
        Assert.Equal(5, site.Smtp.To(email).Count);
    }

    [Theory]
    [InlineData("reader@example.com\r\nBcc: everyone@example.com", "no spaces, line breaks")]
    [InlineData("reader@example.com\nBcc: everyone@example.com", "no spaces, line breaks")]
    [InlineData("Reader <reader@example.com>", "no spaces, line breaks")]
    [InlineData("reader@example.com,victim@example.com", "no spaces, line breaks")]
    [InlineData("not-an-address", "That is not an e-mail address")]
    [InlineData("", "Type your e-mail address")]
    public async Task An_address_a_header_could_be_split_at_is_refused_and_nothing_is_sent(string typed, string message)
    {
        var before = await ReaderRows.CodesAsync(site.Server, "reader@example.com");
        using var browser = new ReaderBrowser(site);
        using var answer = await browser.AskCodeAsync(typed);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await Text(answer)), StringComparison.Ordinal);
        Assert.Equal(before, await ReaderRows.CodesAsync(site.Server, "reader@example.com"));
        Assert.Empty(site.Smtp.To("everyone@example.com"));
        Assert.Empty(site.Smtp.To("victim@example.com"));
    }

    [Fact]
    public async Task A_reader_cookie_never_opens_the_newsroom()
    {
        using var browser = new ReaderBrowser(site);
        await browser.SignInAsync(ReaderSite.NewAddress());

        foreach (var path in new[] { "/newsroom", "/newsroom/articles", "/newsroom/account" })
        {
            using var response = await browser.Client.GetAsync(path, Token);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/newsroom/login", new Uri(site.Server.BaseAddress, response.Headers.Location!).AbsolutePath);
        }
    }

    [Fact]
    public async Task Me_says_signed_out_to_anyone_and_is_never_stored()
    {
        using var response = await site.Server.Client.GetAsync("/me", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"signedIn":false}""", await response.Content.ReadAsStringAsync(Token));
        Assert.True(response.Headers.CacheControl is { NoStore: true, Private: true }, $"Cache-Control: {response.Headers.CacheControl}");
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    private static async Task<string> Text(HttpResponseMessage response) => await response.Content.ReadAsStringAsync(Token);

    /// <summary>The answer with the address and the per-request antiforgery token taken out.</summary>
}

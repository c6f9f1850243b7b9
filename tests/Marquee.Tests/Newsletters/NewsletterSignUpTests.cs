using System.Text.RegularExpressions;
using Marquee.Newsletters.Subscriptions;
using Marquee.Tests.Readers;

namespace Marquee.Tests.Newsletters;

/// <summary>Signing up on /newsletters: double opt-in by a mailed link that only a POST spends, consent recorded, the public page cached and cookie-free.</summary>
public sealed partial class NewsletterSignUpTests(NewsletterSite site) : IClassFixture<NewsletterSite>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_page_lists_the_active_lists_with_a_form_that_needs_no_cookie_and_is_served_from_the_cache()
    {
        using var browser = Browser();
        using var response = await browser.GetAsync("/newsletters", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), "/newsletters set a cookie");
        Assert.Contains("public", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var page = HtmlPage.Parse(await response.Content.ReadAsStringAsync(Token));
        Assert.Equal(["awards-night", "daily"], page.QuerySelectorAll("input[name=Lists]").Select(i => i.Id!["newsletter-".Length..]));
        Assert.Null(page.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Equal("/newsletters/sign-up", page.QuerySelector("form.newsletter-form")?.GetAttribute("action"));
        Assert.Contains(SignUpWording.Agreement, page.Text(".newsletter-agreement"), StringComparison.Ordinal);
        Assert.Empty(await site.Commands.OfAsync(browser, "/newsletters"));
    }

    [Fact]
    public async Task A_mailed_link_opens_a_page_and_only_its_button_subscribes_with_a_consent_record()
    {
        var email = ReaderSite.NewAddress();
        using var browser = Browser();
        using (var asked = await NewsletterSite.SignUpAsync(browser, email, site.Daily.Id, site.Awards.Id))
        {
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
            Assert.Contains($"we sent a link to {email}", await asked.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        }

        var mail = await site.Smtp.WaitForAsync(email);
        Assert.Equal("Confirm your subscription to Awards Night, Daily", mail.Subject.TrimEnd());
        var link = new Uri(ConfirmLink().Match(mail.Body).Value).PathAndQuery;
        using var scanner = Browser();
        for (var visit = 0; visit < 2; visit++)
        {
            using var opened = await scanner.GetAsync(link, Token);
            Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        }

        Assert.Empty(await site.SubscriptionsAsync(email));
        var token = Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..]);
        using var reader = StaffSession.Anonymous(site.Server);
        using (var pressed = await reader.PostAsync(link, new() { ["Token"] = token }))
        {
            Assert.Equal(HttpStatusCode.OK, pressed.StatusCode);
            Assert.Contains("You are subscribed to Awards Night, Daily", await pressed.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        }

        Assert.Equal([site.Daily.Id, site.Awards.Id], (await site.SubscriptionsAsync(email)).Select(s => s.ListId).Order());
        var consents = await site.ConsentsAsync(email);
        Assert.Equal(2, consents.Count);
        Assert.All(consents, c =>
        {
            Assert.Equal((ConsentAction.Subscribed, SignUpWording.PublicForm, SignUpWording.Version), (c.Action, c.Form, c.WordingVersion));
            Assert.True(c.At > DateTime.UtcNow.AddMinutes(-5));
        });

        using var again = await reader.PostAsync(link, new() { ["Token"] = token });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal(2, (await site.ConsentsAsync(email)).Count);
    }

    [Fact]
    public async Task A_subscribed_and_an_unknown_address_get_the_same_answer()
    {
        var known = ReaderSite.NewAddress("known");
        await SubscribeAsync(known, site.Daily.Id);
        var unknown = ReaderSite.NewAddress("unknown");
        using var browser = Browser();

        using var forKnown = await NewsletterSite.SignUpAsync(browser, known, site.Daily.Id);
        using var forUnknown = await NewsletterSite.SignUpAsync(browser, unknown, site.Daily.Id);

        Assert.Equal(forKnown.StatusCode, forUnknown.StatusCode);
        Assert.Equal(
            (await forKnown.Content.ReadAsStringAsync(Token)).Replace(known, "ADDRESS", StringComparison.Ordinal),
            (await forUnknown.Content.ReadAsStringAsync(Token)).Replace(unknown, "ADDRESS", StringComparison.Ordinal));
        await site.Smtp.WaitForAsync(unknown);
    }

    [Theory]
    [InlineData("reader@example.com\r\nBcc: everyone@example.com", "no spaces, line breaks")]
    [InlineData("Reader <reader@example.com>", "no spaces, line breaks")]
    [InlineData("reader@example.com,victim@example.com", "no spaces, line breaks")]
    [InlineData("not-an-address", "not an e-mail address")]
    public async Task A_bad_address_is_refused_and_nothing_is_mailed_or_stored(string email, string message)
    {
        using var browser = Browser();

        using var refused = await NewsletterSite.SignUpAsync(browser, email, site.Daily.Id);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(message, await refused.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.Equal(0, await site.SignUpRequestsAsync(email.ToLowerInvariant()));
        Assert.Empty(site.Smtp.To("everyone@example.com"));
    }

    [Fact]
    public async Task No_list_an_unknown_list_or_an_inactive_one_is_refused_and_nothing_is_mailed()
    {
        var email = ReaderSite.NewAddress();
        using var browser = Browser();

        foreach (var lists in new[] { Array.Empty<long>(), [site.Daily.Id, 999_999], [site.Retired.Id] })
        {
            using var refused = await NewsletterSite.SignUpAsync(browser, email, lists);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        }

        Assert.Equal(0, await site.SignUpRequestsAsync(email));
        await Task.Delay(300, Token);
        Assert.Empty(site.Smtp.To(email));
    }

    [Fact]
    public async Task Asking_too_often_for_one_address_is_refused_with_429_and_no_mail()
    {
        var email = ReaderSite.NewAddress();
        using var browser = Browser();
        for (var ask = 0; ask < 5; ask++)
        {
            using var asked = await NewsletterSite.SignUpAsync(browser, email, site.Daily.Id);
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        }

        using var refused = await NewsletterSite.SignUpAsync(browser, email, site.Daily.Id);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("in the last hour", await refused.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        await site.Smtp.WaitForAsync(email, 5);
        await Task.Delay(300, Token);
        Assert.Equal(5, site.Smtp.To(email).Count);
    }

    private async Task SubscribeAsync(string email, long list)
    {
        using var browser = Browser();
        using (await NewsletterSite.SignUpAsync(browser, email, list))
        {
        }

        var link = new Uri(ConfirmLink().Match((await site.Smtp.WaitForAsync(email)).Body).Value).PathAndQuery;
        using var reader = StaffSession.Anonymous(site.Server);
        using var pressed = await reader.PostAsync(link, new() { ["Token"] = Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..]) });
        Assert.Equal(HttpStatusCode.OK, pressed.StatusCode);
    }

    private HttpClient Browser() => new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = site.Server.BaseAddress };

    [GeneratedRegex(@"https?://\S+/newsletters/confirm\?token=\S+")]
    private static partial Regex ConfirmLink();
}

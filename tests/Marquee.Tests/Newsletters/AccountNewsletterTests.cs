using System.Text.Json;
using Marquee.Newsletters.Subscriptions;
using Marquee.Tests.Readers;

namespace Marquee.Tests.Newsletters;

/// <summary>A signed-in reader's newsletters on /account: ticked at once (the account proved the address), in the export, gone with the account.</summary>
public sealed class AccountNewsletterTests(NewsletterSite site) : IClassFixture<NewsletterSite>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_reader_ticks_lists_on_the_account_page_sees_them_in_the_export_and_deleting_the_account_removes_them()
    {
        var email = ReaderSite.NewAddress();
        using var session = StaffSession.Anonymous(site.Server);
        using var browser = await new ReaderBrowser(site, session).SignInAsync(email);
        var account = await browser.PageAsync("/account");
        Assert.Equal(2, account.QuerySelectorAll("#account-newsletters input[name=Lists]").Length);

        using (var saved = await session.PostAsync("/newsletters/account", new() { ["Lists"] = site.Awards.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, tokenFrom: "/account"))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal([site.Awards.Id], (await site.SubscriptionsAsync(email)).Select(s => s.ListId));
        var consent = Assert.Single(await site.ConsentsAsync(email));
        Assert.Equal((ConsentAction.Subscribed, SignUpWording.AccountForm), (consent.Action, consent.Form));
        Assert.NotNull((await browser.PageAsync("/account")).QuerySelector($"#account-newsletter-awards-night[checked]"));

        using (var export = await browser.Client.GetAsync("/account/export", Token))
        {
            var json = JsonDocument.Parse(await export.Content.ReadAsStringAsync(Token)).RootElement;
            Assert.Equal("Awards Night", json.GetProperty("newsletters").GetProperty("subscriptions")[0].GetProperty("name").GetString());
            Assert.Equal("account page", json.GetProperty("newsletters").GetProperty("consents")[0].GetProperty("form").GetString());
        }

        using (await browser.PostAsync("DeleteStart", []))
        {
        }

        var code = (await site.Smtp.WaitForAsync(email, 2)).Code;
        using (var deleted = await browser.PostAsync("Delete", new() { ["Code"] = code }))
        {
            Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        }

        Assert.Empty(await site.SubscriptionsAsync(email));
        Assert.Empty(await site.ConsentsAsync(email));
    }

    [Fact]
    public async Task Unticking_a_list_ends_it_with_a_consent_line_and_ticking_it_again_restarts_it()
    {
        var email = ReaderSite.NewAddress();
        using var session = StaffSession.Anonymous(site.Server);
        using var browser = await new ReaderBrowser(site, session).SignInAsync(email);
        var daily = site.Daily.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var awards = site.Awards.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        foreach (var ticked in new[] { new[] { daily, awards }, [awards], [daily, awards] })
        {
            var fields = ticked.Select(id => KeyValuePair.Create("Lists", id)).Append(KeyValuePair.Create("__RequestVerificationToken", await session.AntiforgeryTokenAsync("/account")));
            using var saved = await session.Client.PostAsync("/newsletters/account", new FormUrlEncodedContent(fields), Token);
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.All(await site.SubscriptionsAsync(email), s => Assert.Null(s.EndedAt));
        Assert.Equal(
            [(site.Awards.Id, ConsentAction.Subscribed), (site.Daily.Id, ConsentAction.Subscribed), (site.Daily.Id, ConsentAction.Unsubscribed), (site.Daily.Id, ConsentAction.Subscribed)],
            (await site.ConsentsAsync(email)).Select(c => (c.ListId, c.Action)));
    }

    [Fact]
    public async Task Without_a_session_the_account_form_changes_nothing()
    {
        using var session = StaffSession.Anonymous(site.Server);

        using var refused = await session.PostAsync("/newsletters/account", new() { ["Lists"] = site.Daily.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, tokenFrom: "/account");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/account", refused.Headers.Location?.OriginalString);
    }
}

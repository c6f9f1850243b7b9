using System.Text.RegularExpressions;
using Marquee.Content;
using Marquee.Newsletters.Audit;
using Marquee.Newsletters.Sending;
using Marquee.Newsletters.Subscriptions;
using Marquee.Newsletters.Unsubscribe;
using Marquee.Readers.Mail;
using Marquee.Storage;
using Marquee.Tests.Readers;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Newsletters;

/// <summary>
/// Leaving a newsletter: every newsletter mail carries its recipient's link and the RFC 8058 headers, the one-click
/// POST a mailbox sends ends that list (twice is once), opening the link changes nothing, a forged token changes
/// nothing, and stopping everything suppresses the address so that only its own confirmed sign-up brings mail back.
/// </summary>
public sealed partial class UnsubscribeTests(NewsletterSite site) : IClassFixture<NewsletterSite>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_newsletter_mail_carries_the_one_click_headers_and_a_mailbox_POST_ends_that_list_once()
    {
        var email = ReaderSite.NewAddress();
        await SubscribeAsync(email, site.Daily.Id, site.Awards.Id);
        var recipient = await RecipientAsync(site.Daily.Id, email);
        Assert.NotNull(recipient);
        Send(NewsletterMail.For(recipient, site.Daily.Name, "Today's stories", "The red carpet, in full.", Origin));

        var mail = await site.Smtp.WaitForAsync(email);
        var headers = Unfolded(mail.Headers);
        var link = ListUnsubscribe().Match(headers) is { Success: true } match ? match.Groups[1].Value : throw new Xunit.Sdk.XunitException($"no List-Unsubscribe in: {headers}");
        Assert.Equal($"{Origin}/newsletters/unsubscribe?token={Uri.EscapeDataString(recipient.UnsubscribeToken)}", link);
        Assert.Contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click", headers, StringComparison.Ordinal);
        Assert.Contains($"Unsubscribe: {link}", mail.Body, StringComparison.Ordinal);

        for (var press = 0; press < 2; press++)
        {
            using var posted = await MailboxPostAsync(link);
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
            Assert.Contains($"{email} will get no more Daily.", await posted.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        }

        var subscriptions = await site.SubscriptionsAsync(email);
        Assert.NotNull(subscriptions.Single(s => s.ListId == site.Daily.Id).EndedAt);
        Assert.Null(subscriptions.Single(s => s.ListId == site.Awards.Id).EndedAt);
        var unsubscribed = (await site.ConsentsAsync(email)).Where(c => c.Action == ConsentAction.Unsubscribed).ToList();
        Assert.Equal((site.Daily.Id, Unsubscribes.LinkForm), (unsubscribed.Single().ListId, unsubscribed.Single().Form));
        Assert.Null(await RecipientAsync(site.Daily.Id, email));
    }

    [Fact]
    public async Task Opening_the_link_changes_nothing_and_shows_buttons_that_post()
    {
        var email = ReaderSite.NewAddress();
        await SubscribeAsync(email, site.Daily.Id);
        var link = UnsubscribePath((await site.SubscriptionsAsync(email)).Single().UnsubscribeToken);
        using var scanner = Browser();

        for (var visit = 0; visit < 2; visit++)
        {
            using var opened = await scanner.GetAsync(link, Token);
            Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
            Assert.True(opened.Headers.CacheControl?.NoStore, "the unsubscribe page may be kept");
            var page = HtmlPage.Parse(await opened.Content.ReadAsStringAsync(Token));
            Assert.Equal(["post", "post"], page.QuerySelectorAll(".reader-account form").Select(f => f.GetAttribute("method")));
            Assert.Contains($"Unsubscribe {email} from Daily", page.Text(".reader-account form button"), StringComparison.Ordinal);
        }

        Assert.Null((await site.SubscriptionsAsync(email)).Single().EndedAt);
        Assert.DoesNotContain(await site.ConsentsAsync(email), c => c.Action == ConsentAction.Unsubscribed);
    }

    [Theory]
    [InlineData("forged-token-that-opens-nothing")]
    [InlineData("")]
    public async Task A_forged_or_missing_token_is_refused_with_404_and_nothing_changes(string token)
    {
        var email = ReaderSite.NewAddress();
        await SubscribeAsync(email, site.Daily.Id);
        var before = await FingerprintAsync();

        using var posted = await MailboxPostAsync(UnsubscribePath(token));
        using var everything = await MailboxPostAsync(UnsubscribePath(token) + "&handler=Everything");

        foreach (var refused in new[] { posted, everything })
        {
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.Contains("not one of ours", await refused.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        }

        Assert.Equal(before, await FingerprintAsync());
    }

    [Fact]
    public async Task Stopping_everything_suppresses_the_address_until_its_own_confirmed_sign_up_lifts_it_audited()
    {
        var email = ReaderSite.NewAddress();
        await SubscribeAsync(email, site.Daily.Id, site.Awards.Id);
        var link = UnsubscribePath((await site.SubscriptionsAsync(email)).First().UnsubscribeToken) + "&handler=Everything";

        var racing = await Task.WhenAll(MailboxPostAsync(link), MailboxPostAsync(link));
        Assert.All(racing, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Array.ForEach(racing, r => r.Dispose());

        Assert.All(await site.SubscriptionsAsync(email), s => Assert.NotNull(s.EndedAt));
        var suppression = Assert.Single(await UseAsync(db => db.Set<Suppression>().AsNoTracking().Where(s => s.Email == email).ToListAsync(Token)));
        Assert.Null(suppression.LiftedAt);
        Assert.Single(await AuditAsync($"suppressed #{suppression.Id}:"));

        // A row written past the sign-up (as an import would) still reaches no one.
        await UseAsync(db => db.Set<Subscription>().Where(s => s.Email == email).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, (DateTime?)null), Token));
        Assert.Null(await RecipientAsync(site.Daily.Id, email));

        await SubscribeAsync(email, site.Daily.Id);

        Assert.NotNull(await RecipientAsync(site.Daily.Id, email));
        Assert.NotNull((await UseAsync(db => db.Set<Suppression>().AsNoTracking().SingleAsync(s => s.Email == email, Token))).LiftedAt);
        Assert.Single(await AuditAsync($"lifted suppression #{suppression.Id}:"));
    }

    private static string Origin => "https://marquee.test";

    private static string UnsubscribePath(string token) => $"/newsletters/unsubscribe?token={Uri.EscapeDataString(token)}";

    /// <summary>What Gmail sends for RFC 8058: a POST of List-Unsubscribe=One-Click to the header's URL, no cookie.</summary>
    private async Task<HttpResponseMessage> MailboxPostAsync(string link)
    {
        using var mailbox = Browser();
        return await mailbox.PostAsync(link.StartsWith(Origin, StringComparison.Ordinal) ? link[Origin.Length..] : link, new FormUrlEncodedContent([KeyValuePair.Create("List-Unsubscribe", "One-Click")]), Token);
    }

    private async Task SubscribeAsync(string email, params long[] lists)
    {
        await using var scope = site.Server.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NewsletterSubscriptions>().AddAsync(email, lists, SignUpWording.AccountForm, SignUpWording.Version, Token);
    }

    private async Task<NewsletterRecipient?> RecipientAsync(long list, string email)
    {
        await using var scope = site.Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NewsletterRecipients>().OfAsync(list).SingleOrDefaultAsync(r => r.Email == email, Token);
    }

    private void Send(ReaderMail mail) => site.Server.Services.GetRequiredService<ReaderMailQueue>().Enqueue(mail);

    private Task<List<NewsletterEvent>> AuditAsync(string startingWith) =>
        UseAsync(db => db.Set<NewsletterEvent>().AsNoTracking().Where(e => e.ListId == null && e.Action.StartsWith(startingWith)).ToListAsync(Token));

    private Task<string> FingerprintAsync() => UseAsync(async db =>
        $"{await db.Set<Subscription>().CountAsync(s => s.EndedAt == null, Token)} {await db.Set<ConsentRecord>().CountAsync(Token)} {await db.Set<Suppression>().CountAsync(Token)} {await db.Set<NewsletterEvent>().CountAsync(Token)}");

    private async Task<T> UseAsync<T>(Func<MarqueeDbContext, Task<T>> work)
    {
        await using var scope = site.Server.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<MarqueeDbContext>());
    }

    private HttpClient Browser() => new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = site.Server.BaseAddress };

    private static string Unfolded(string headers) => headers.Replace("\r\n ", " ", StringComparison.Ordinal).Replace("\r\n\t", " ", StringComparison.Ordinal);

    [GeneratedRegex(@"^List-Unsubscribe: <([^>]+)>", RegexOptions.Multiline)]
    private static partial Regex ListUnsubscribe();
}

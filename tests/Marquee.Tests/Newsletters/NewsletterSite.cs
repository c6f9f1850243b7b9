using Marquee.Content;
using Marquee.Newsletters.Lists;
using Marquee.Newsletters.Subscriptions;
using Marquee.Storage;
using Marquee.Tests.Readers;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Newsletters;

/// <summary>A site with mail to a real SMTP listener (as for reader sign-in), two active lists and an inactive one.</summary>
public sealed class NewsletterSite : ReaderSite, IAsyncLifetime
{
    public RequestCommands Commands { get; } = new();

    public NewsletterList Daily { get; private set; } = null!;

    public NewsletterList Awards { get; private set; } = null!;

    public NewsletterList Retired { get; private set; } = null!;

    public new async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Daily = await AddListAsync(new("Daily", "daily", "Every morning.", "Daily", null, "07:00", IsActive: true));
        Awards = await AddListAsync(new("Awards Night", "awards-night", "After the big shows.", "Weekly", "Monday", "08:00", IsActive: true));
        Retired = await AddListAsync(new("Old Gossip", "old-gossip", "", "Daily", null, "09:00", IsActive: false));
    }

    public new async ValueTask DisposeAsync()
    {
        Commands.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>Posts the public form as a browser without JavaScript would: no cookie, no token.</summary>
    public static async Task<HttpResponseMessage> SignUpAsync(HttpClient client, string email, params long[] lists)
    {
        var fields = lists.Select(id => KeyValuePair.Create("Lists", id.ToString(System.Globalization.CultureInfo.InvariantCulture))).Append(KeyValuePair.Create("Email", email));
        return await client.PostAsync("/newsletters/sign-up", new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    public Task<List<Subscription>> SubscriptionsAsync(string email) =>
        UseAsync(db => db.Set<Subscription>().AsNoTracking().Where(s => s.Email == email).OrderBy(s => s.ListId).ToListAsync(TestContext.Current.CancellationToken));

    public Task<List<ConsentRecord>> ConsentsAsync(string email) =>
        UseAsync(db => db.Set<ConsentRecord>().AsNoTracking().Where(c => c.Email == email).OrderBy(c => c.Id).ToListAsync(TestContext.Current.CancellationToken));

    public Task<int> SignUpRequestsAsync(string email) =>
        UseAsync(db => db.Set<SignUpRequest>().CountAsync(r => r.Email == email, TestContext.Current.CancellationToken));

    private async Task<NewsletterList> AddListAsync(NewsletterListInput input)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NewsletterLists>().CreateAsync(input, new ChangedBy(null, "test"), TestContext.Current.CancellationToken);
    }

    private async Task<T> UseAsync<T>(Func<MarqueeDbContext, Task<T>> read)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<MarqueeDbContext>());
    }
}

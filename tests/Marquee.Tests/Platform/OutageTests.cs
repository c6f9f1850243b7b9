using Marquee.Platform.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace Marquee.Tests.Platform;

/// <summary>
/// The database goes away in the middle of a run: readers keep getting pages (cached ones, and the last
/// good copy of evicted ones), the node says it is not ready, and it recovers by itself when the database returns.
/// </summary>
public sealed class OutageTests : IAsyncLifetime
{
    private readonly MarqueeServer _server = new();
    private readonly DatabaseOutage _outage;

    public OutageTests() => _outage = new DatabaseOutage(_server);

    public ValueTask InitializeAsync() => _server.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _outage.Dispose();
    }

    [Fact]
    public async Task Pages_keep_being_served_while_the_database_is_down_and_the_site_recovers_by_itself()
    {
        var content = new TestContent(_server);
        var cached = await content.ArticleAsync("Still Cached");
        var evicted = await content.ArticleAsync("Evicted But Kept");
        var unseen = await content.ArticleAsync("Never Rendered Before");
        await HtmlPage.GetAsync(_server.Client, $"/news/{cached.Slug}");
        await HtmlPage.GetAsync(_server.Client, $"/news/{evicted.Slug}");

        _outage.Begin();
        var cachedPage = await GetAsync($"/news/{cached.Slug}");
        await _server.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(CacheTags.Site, TestContext.Current.CancellationToken);
        var stalePage = await GetAsync($"/news/{evicted.Slug}");
        var unseenPage = await GetAsync($"/news/{unseen.Slug}");
        var ready = await GetAsync("/readyz");
        _outage.End();

        Assert.Equal(HttpStatusCode.OK, cachedPage.Status);
        Assert.Contains(cached.Headline, cachedPage.Body, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, true), (stalePage.Status, stalePage.Stale));
        Assert.Contains(evicted.Headline, stalePage.Body, StringComparison.Ordinal);
        Assert.True(unseenPage.Status >= HttpStatusCode.InternalServerError, $"a page never rendered has no copy to fall back on: {unseenPage.Status}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
        await RecoversAsync($"/news/{unseen.Slug}", unseen.Headline);
        await RecoversAsync($"/news/{evicted.Slug}", evicted.Headline);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/readyz")).Status);
    }

    private async Task RecoversAsync(string path, string headline)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        (HttpStatusCode Status, string Body, bool Stale) page;
        while ((page = await GetAsync(path)) is not { Status: HttpStatusCode.OK, Stale: false } || !page.Body.Contains(headline, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, $"{path} did not recover: {page.Status}, stale={page.Stale}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private async Task<(HttpStatusCode Status, string Body, bool Stale)> GetAsync(string path)
    {
        using var response = await _server.Client.GetAsync(path, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), response.Headers.Contains(StaleCopies.Header));
    }
}

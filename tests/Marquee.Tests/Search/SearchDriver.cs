using Marquee.Content.Search;

namespace Marquee.Tests.Search;

/// <summary>Runs searches as the search page does, through <see cref="ArticleSearch"/> on a scope of its own.</summary>
public sealed class SearchDriver(MarqueeServer server)
{
    public async Task<SearchResults> FindAsync(string text, SearchFilter? filter = null, int page = 1)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ArticleSearch>().FindAsync(SearchQuery.Parse(text), filter ?? SearchFilter.None, page, TestContext.Current.CancellationToken);
    }

    /// <summary>The headlines found, best first.</summary>
    public async Task<IReadOnlyList<string>> HeadlinesAsync(string text, SearchFilter? filter = null) =>
        (await FindAsync(text, filter)).Page.Items.Select(r => r.Card.Headline).ToList();
}

using Marquee.Content.Articles;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marquee.Content.Search;

/// <summary>
/// A search of the public articles: the engine's matches narrowed by <see cref="Article.PublicAt"/> and the filters,
/// best score first, one page; a query that finds nothing is tried again spelt as the index's names and headlines are.
/// </summary>
public sealed class ArticleSearch(MarqueeDbContext db, ISearchEngine engine, SpellingCorrections spelling, ArticleQueries articles, IOptions<SearchOptions> options, TimeProvider clock)
{
    public async Task<SearchResults> FindAsync(SearchQuery query, SearchFilter filter, int page, CancellationToken cancellationToken)
    {
        page = Math.Max(page, 1);
        var found = await PageAsync(query, filter, page, cancellationToken);
        if (found.Count == 0 && page == 1 && await spelling.CorrectAsync(query, cancellationToken) is { } corrected)
        {
            var retried = await PageAsync(corrected, filter, page, cancellationToken);
            if (retried.Count > 0)
            {
                return new SearchResults(corrected, query, await ResultsAsync(corrected, retried, page, cancellationToken));
            }
        }

        return new SearchResults(query, null, await ResultsAsync(query, found, page, cancellationToken));
    }

    /// <summary>
    /// The ids of the indexed (published) articles the text matches in any field, whether public yet or not: for the
    /// newsroom's list, which composes it with its own filters.
    /// </summary>
    public IQueryable<long> MatchingIds(string text)
    {
        var query = SearchQuery.Parse(text);
        return query.IsEmpty
            ? db.Articles.Where(_ => false).Select(a => a.Id)
            : engine.Matching(query, clock.GetUtcNow().UtcDateTime, RecencyDecay.From(options.Value)).Select(match => match.ArticleId);
    }

    /// <summary>The best matching headlines with their paths, for the search box's suggestions.</summary>
    public async Task<IReadOnlyList<SuggestedLink>> HeadlinesAsync(SearchQuery query, int count, CancellationToken cancellationToken)
    {
        if (query.IsEmpty)
        {
            return [];
        }

        var rows = await Matching(query, SearchFilter.None)
            .Join(db.Articles, match => match.ArticleId, article => article.Id, (match, article) => new { match.Score, match.ArticleId, article.Headline, article.Kind, article.Slug })
            .OrderByDescending(match => match.Score).ThenByDescending(match => match.ArticleId)
            .Take(count)
            .ToListAsync(cancellationToken);
        return rows.Select(a => new SuggestedLink(a.Headline, ArticlePaths.Of(a.Kind, a.Slug))).ToList();
    }

    /// <summary>The page's matches and one more (so the page knows whether another follows).</summary>
    private async Task<IReadOnlyList<ScoredArticle>> PageAsync(SearchQuery query, SearchFilter filter, int page, CancellationToken cancellationToken)
    {
        if (query.IsEmpty)
        {
            return [];
        }

        var size = options.Value.PageSize;
        return await Matching(query, filter)
            .OrderByDescending(match => match.Score).ThenByDescending(match => match.ArticleId)
            .Skip(PageOffset.Of(page, size))
            .Take(size + 1)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The public articles matching, narrowed by the filter, with their scores.</summary>
    private IQueryable<ScoredArticle> Matching(SearchQuery query, SearchFilter filter)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return engine.Matching(query, now, RecencyDecay.From(options.Value))
            .Join(Narrowed(db.Articles.Where(Article.PublicAt(now)), filter), match => match.ArticleId, article => article.Id, (match, _) => match);
    }

    private static IQueryable<Article> Narrowed(IQueryable<Article> articles, SearchFilter filter)
    {
        foreach (var tagId in new[] { filter.TagId, filter.SectionId }.OfType<long>())
        {
            articles = articles.Where(a => a.Tags.Any(t => t.TagId == tagId));
        }

        if (filter.AuthorId is { } authorId)
        {
            articles = articles.Where(a => a.Authors.Any(x => x.AuthorId == authorId));
        }

        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            articles = articles.Where(a => a.PublishedAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            articles = articles.Where(a => a.PublishedAt < end);
        }

        return articles;
    }

    private async Task<PageOf<SearchResult>> ResultsAsync(SearchQuery query, IReadOnlyList<ScoredArticle> found, int page, CancellationToken cancellationToken)
    {
        var shown = found.Take(options.Value.PageSize).Select(m => m.ArticleId).ToList();
        if (shown.Count == 0)
        {
            return new PageOf<SearchResult>([], page, false);
        }

        var cards = (await articles.CardsAsync(shown, cancellationToken)).ToDictionary(c => c.Id);
        var snippets = await engine.SnippetsAsync(query, shown, cancellationToken);
        var results = shown
            .Where(cards.ContainsKey)
            .Select(id => new SearchResult(cards[id], snippets.TryGetValue(id, out var snippet) ? SearchSnippet.ToHtml(snippet) : null))
            .ToList();
        return new PageOf<SearchResult>(results, page, found.Count > shown.Count);
    }
}

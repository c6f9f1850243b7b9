namespace Marquee.Content.Search;

/// <summary>
/// A full-text index of the articles: the database's own (SQLite FTS5, PostgreSQL tsvector), written in the
/// article's transaction. A site that outgrows it implements this over OpenSearch or Elasticsearch (decision 0045).
/// </summary>
public interface ISearchEngine
{
    /// <summary>The document stored for an article, or null: the spelling table forgets its words when it changes.</summary>
    Task<SearchDocument?> StoredAsync(long articleId, CancellationToken cancellationToken);

    /// <summary>Adds or replaces an article's document, in the caller's transaction.</summary>
    Task WriteAsync(SearchDocument document, CancellationToken cancellationToken);

    Task RemoveAsync(long articleId, CancellationToken cancellationToken);

    /// <summary>Every document gone, for a rebuild in the same transaction.</summary>
    Task ClearAsync(CancellationToken cancellationToken);

    /// <summary>The matching articles with their scores, highest first: a query the caller narrows to what is public.</summary>
    IQueryable<ScoredArticle> Matching(SearchQuery query, DateTime now, RecencyDecay decay);

    /// <summary>A snippet of each article around the query's words, the words between \u0002 and \u0003 (see <see cref="SearchSnippet"/>).</summary>
    Task<IReadOnlyDictionary<long, string>> SnippetsAsync(SearchQuery query, IReadOnlyList<long> articleIds, CancellationToken cancellationToken);
}

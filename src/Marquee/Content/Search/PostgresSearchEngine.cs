using Marquee.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Marquee.Content.Search;

/// <summary>
/// PostgreSQL's <c>search_documents</c> (M0017): the document's text and a stored tsvector of it (headline and names
/// weight A, summary B, body C) under a GIN index, queried with websearch_to_tsquery and a prefix tsquery for the
/// word being typed, ranked by ts_rank with those weights.
/// </summary>
public sealed class PostgresSearchEngine(MarqueeDbContext db) : ISearchEngine
{
    /// <summary>ts_rank's weights of D, C, B, A: body, summary, headline and names.</summary>
    private const string Rank = "ts_rank(ARRAY[0.1, 0.2, 0.4, 1.0]::float4[], d.document, q.query)";

    /// <summary>A story whose headline alone holds the query counts double (decision 0090), as on SQLite.</summary>
    private const string Headline = "(CASE WHEN to_tsvector('english', d.headline) @@ q.query THEN 2.0 ELSE 1.0 END)";

    private const string SnippetOptions = "StartSel=\u0002, StopSel=\u0003, MaxWords=28, MinWords=12, MaxFragments=1";

    public Task<SearchDocument?> StoredAsync(long articleId, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<SearchDocument>($"""
            SELECT article_id AS "ArticleId", headline AS "Headline", names AS "Names", summary AS "Summary", body AS "Body"
            FROM search_documents WHERE article_id = {articleId}
            """).SingleOrDefaultAsync(cancellationToken);

    public Task WriteAsync(SearchDocument document, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO search_documents (article_id, headline, names, summary, body)
             VALUES ({document.ArticleId}, {document.Headline}, {document.Names}, {document.Summary}, {document.Body})
             ON CONFLICT (article_id) DO UPDATE SET headline = excluded.headline, names = excluded.names, summary = excluded.summary, body = excluded.body
             """,
            cancellationToken);

    public Task RemoveAsync(long articleId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"DELETE FROM search_documents WHERE article_id = {articleId}", cancellationToken);

    public Task ClearAsync(CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"DELETE FROM search_documents", cancellationToken);

    public IQueryable<ScoredArticle> Matching(SearchQuery query, DateTime now, RecencyDecay decay)
    {
        var (tsquery, parameters) = TsQuery(query);
        var matching = $"""
             SELECT d.article_id AS "ArticleId",
                    {Rank} * {Headline} * (@floor + (1 - @floor) / (1 + GREATEST(0, EXTRACT(EPOCH FROM (@now - a.published_at)) / 86400) / @halfLife)) AS "Score"
             FROM search_documents d JOIN articles a ON a.id = d.article_id CROSS JOIN (SELECT {tsquery} AS query) q
             WHERE d.document @@ q.query
             """;
        return db.Database.SqlQueryRaw<ScoredArticle>(
            matching,
            [.. parameters, new NpgsqlParameter("now", now), new NpgsqlParameter("floor", decay.Floor), new NpgsqlParameter("halfLife", decay.HalfLifeDays)]);
    }

    public async Task<IReadOnlyDictionary<long, string>> SnippetsAsync(SearchQuery query, IReadOnlyList<long> articleIds, CancellationToken cancellationToken)
    {
        var (tsquery, parameters) = TsQuery(query);
        var snippets = $"""
             SELECT d.article_id AS "ArticleId", ts_headline('english', d.body, q.query, @options) AS "Text"
             FROM search_documents d CROSS JOIN (SELECT {tsquery} AS query) q
             WHERE d.article_id = ANY(@ids)
             """;
        var rows = await db.Database.SqlQueryRaw<ArticleSnippet>(
            snippets,
            [.. parameters, new NpgsqlParameter("options", SnippetOptions), new NpgsqlParameter("ids", articleIds.ToArray())]).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.ArticleId, r => r.Text);
    }

    /// <summary>
    /// The query as a tsquery: the reader's words, phrases and exclusions through websearch_to_tsquery (which accepts any
    /// text), and the word being typed as a stemmed prefix (plain letters and digits, so to_tsquery meets no operator).
    /// </summary>
    /// <returns>SQL made of fixed fragments only, the reader's text in its parameters.</returns>
    private static (string Sql, NpgsqlParameter[] Parameters) TsQuery(SearchQuery query)
    {
        var words = (query with { Prefix = null }).ToString();
        var parts = new List<string>();
        var parameters = new List<NpgsqlParameter>();
        if (words.Length > 0)
        {
            parts.Add("websearch_to_tsquery('english', @words)");
            parameters.Add(new NpgsqlParameter("words", words));
        }

        if (query.Prefix is not null)
        {
            parts.Add("to_tsquery('english', @prefix || ':*')");
            parameters.Add(new NpgsqlParameter("prefix", query.Prefix));
        }

        return (string.Join(" && ", parts), [.. parameters]);
    }
}

using System.Net;
using System.Text.RegularExpressions;
using Marquee.Content.Articles;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Search;

/// <summary>
/// The documents of articles, read in one query: only published articles have one (a scheduled story's is written
/// when it is saved; whether it is public yet is asked of <see cref="Article.PublicAt"/> at every search).
/// </summary>
public sealed partial class SearchDocuments(MarqueeDbContext db)
{
    public async Task<IReadOnlyList<SearchDocument>> OfAsync(IReadOnlyCollection<long> articleIds, CancellationToken cancellationToken)
    {
        var rows = await db.Articles
            .Where(a => articleIds.Contains(a.Id) && a.Status == ArticleStatus.Published)
            .Select(a => new
            {
                a.Id, a.Headline, a.Dek, a.Excerpt, a.BodyHtml,
                Tags = a.Tags.OrderBy(t => t.Position).Select(t => t.Tag.Name).ToList(),
                Authors = a.Authors.OrderBy(x => x.Position).Select(x => x.Author.Name).ToList(),
            })
            .ToListAsync(cancellationToken);
        return rows
            .Select(a => new SearchDocument(
                a.Id,
                SearchSnippet.Clean(a.Headline),
                SearchSnippet.Clean(string.Join(", ", a.Authors.Concat(a.Tags))),
                SearchSnippet.Clean(string.Join(" ", new[] { a.Dek, a.Excerpt }.Where(s => !string.IsNullOrWhiteSpace(s)))),
                TextOf(a.BodyHtml)))
            .ToList();
    }

    public Task<int> PublishedCountAsync(CancellationToken cancellationToken) =>
        db.Articles.CountAsync(a => a.Status == ArticleStatus.Published, cancellationToken);

    /// <summary>Ids of the articles that have a document, in id order, after <paramref name="afterId"/>: a rebuild's batches.</summary>
    public async Task<IReadOnlyList<long>> PublishedIdsAsync(long afterId, int count, CancellationToken cancellationToken) =>
        await db.Articles.Where(a => a.Status == ArticleStatus.Published && a.Id > afterId).OrderBy(a => a.Id).Select(a => a.Id).Take(count).ToListAsync(cancellationToken);

    /// <summary>The articles a tag or author is on, whose documents name it.</summary>
    public async Task<IReadOnlyList<long>> NamingAsync(long? tagId, long? authorId, CancellationToken cancellationToken) =>
        await db.Articles
            .Where(a => a.Status == ArticleStatus.Published && (a.Tags.Any(t => t.TagId == tagId) || a.Authors.Any(x => x.AuthorId == authorId)))
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);

    /// <summary>The body's text: the stored HTML is sanitised (decision 0003), so dropping its tags and decoding entities leaves the words.</summary>
    private static string TextOf(string html) =>
        SearchSnippet.Clean(Whitespace().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim());

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

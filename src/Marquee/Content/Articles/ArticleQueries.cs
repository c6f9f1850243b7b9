using System.Linq.Expressions;
using Marquee.Content.Authors;
using Marquee.Content.Galleries;
using Marquee.Content.Tags;
using Marquee.Media.Photos;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Articles;

/// <summary>How the rest of Marquee reads articles. Public lists show published articles only, newest first.</summary>
public sealed class ArticleQueries(MarqueeDbContext db, GalleryQueries galleries, PhotoQueries photos, TimeProvider clock)
{
    public Task<ArticleDetail?> FindBySlugAsync(string slug, CancellationToken cancellationToken) =>
        FindAsync(a => a.Slug == slug, cancellationToken);

    /// <summary>Any article, whatever its status: for previews, which show drafts.</summary>
    public Task<ArticleDetail?> FindByIdAsync(long id, CancellationToken cancellationToken) =>
        FindAsync(a => a.Id == id, cancellationToken);

    /// <summary>
    /// Two statements: the article with its section and library photo joined, then its bylines and tags as one list
    /// (a split query took three, and one joining both collections repeats the body on every byline × tag row).
    /// </summary>
    private async Task<ArticleDetail?> FindAsync(Expression<Func<Article, bool>> which, CancellationToken cancellationToken)
    {
        var found = await db.Articles
            .Where(which)
            .Select(a => new
            {
                a.Id, a.Slug, a.Kind, a.Headline, a.Dek, a.BodyHtml, a.Excerpt, a.Status, a.PublishedAt, a.ModifiedAt,
                a.FeatureImageUrl, a.FeatureImageAlt, a.FeatureImageCaption, a.FeatureImageCredit, a.FeaturePhotoId, a.SeoTitle, a.SeoDescription,
                a.CorrectionKind, a.CorrectionText, a.CorrectionNotedAt,
                Section = a.PrimarySection == null ? null : new NamedLink(a.PrimarySection.Id, a.PrimarySection.Slug, a.PrimarySection.Name),
            })
            .LeftJoin(photos.All(), a => a.FeaturePhotoId, p => p.Id, (a, photo) => new { Row = a, Photo = photo })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var article = found.Row;
        var links = await BylinesAndTags(article.Id).ToListAsync(cancellationToken);
        var image = article.FeatureImageUrl is null && article.FeatureImageCredit is null
            ? null
            : new FeatureImage(article.FeatureImageUrl, article.FeatureImageAlt, article.FeatureImageCaption, article.FeatureImageCredit);
        return new ArticleDetail(
            article.Id, article.Slug, article.Headline, article.Dek, article.BodyHtml, article.Excerpt, article.Status,
            article.PublishedAt, article.ModifiedAt, image, article.SeoTitle, article.SeoDescription, article.Section,
            [.. links.Where(x => x.Kind is null).OrderBy(x => x.Position).Select(x => new NamedLink(x.Id, x.Slug, x.Name))],
            [.. links.Where(x => x.Kind is { } kind && ReaderTags.Shows(kind)).OrderBy(x => x.Position).Select(x => new TagLink(x.Id, x.Slug, x.Name, x.Kind!.Value))],
            CorrectionNote.Stored(article.CorrectionKind, article.CorrectionText, article.CorrectionNotedAt), article.Kind)
        {
            FeaturePhotoId = article.FeaturePhotoId,
            FeaturePhoto = found.Photo,
            InternalTagSlugs = [.. links.Where(x => x.Kind is { } kind && !ReaderTags.Shows(kind)).Select(x => x.Slug)],
        };
    }

    /// <summary>
    /// An article's tags (their kind) and bylines (no kind) in one statement, each with its position in its own list.
    /// Tags come first: the union takes its column types from the first part, and the kind is stored as text.
    /// </summary>
    private IQueryable<ArticleLinkRow> BylinesAndTags(long articleId) =>
        db.ArticleTags.Where(x => x.ArticleId == articleId)
            .Select(x => new ArticleLinkRow { Kind = x.Tag.Kind, Position = x.Position, Id = x.Tag.Id, Slug = x.Tag.Slug, Name = x.Tag.Name })
            .Concat(db.ArticleAuthors.Where(x => x.ArticleId == articleId)
                .Select(x => new ArticleLinkRow { Kind = null, Position = x.Position, Id = x.Author.Id, Slug = x.Author.Slug, Name = x.Author.Name }));

    /// <summary>Whether any article exists, in any state: the demo loads only into a site without one.</summary>
    public Task<bool> AnyAsync(CancellationToken cancellationToken) => db.Articles.AnyAsync(cancellationToken);

    /// <summary>The current public path of an article that once had <paramref name="oldSlug"/>.</summary>
    public async Task<string?> FindRedirectAsync(string oldSlug, CancellationToken cancellationToken)
    {
        var current = await db.SlugRedirects
            .Where(r => r.OldSlug == oldSlug)
            .Join(db.Articles, r => r.ArticleId, a => a.Id, (r, a) => new { a.Kind, a.Slug })
            .FirstOrDefaultAsync(cancellationToken);
        return current is null ? null : ArticlePaths.Of(current.Kind, current.Slug);
    }

    public async Task<IReadOnlyList<ArticleCard>> LatestAsync(int count, long? excludeId, CancellationToken cancellationToken)
    {
        var query = Published(ArticleFilter.All);
        if (excludeId is { } id)
        {
            query = query.Where(a => a.Id != id);
        }

        return await ToCardsAsync(query.Take(count), cancellationToken);
    }

    /// <summary>The cards of these articles (search results), in no particular order.</summary>
    public Task<IReadOnlyList<ArticleCard>> CardsAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken) =>
        ToCardsAsync(db.Articles.Where(a => ids.Contains(a.Id)), cancellationToken);

    public async Task<PageOf<ArticleCard>> ListAsync(ArticleFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        page = Math.Max(page, 1);
        var cards = await ToCardsAsync(Published(filter).Skip(PageOffset.Of(page, pageSize)).Take(pageSize + 1), cancellationToken);
        return new PageOf<ArticleCard>(cards.Take(pageSize).ToList(), page, cards.Count > pageSize);
    }

    /// <summary>
    /// The published articles a filter selects, newest first: the one definition lists, feeds and APIs
    /// share. A story published with a time still to come is held until then (scheduled, or under embargo).
    /// </summary>
    public IQueryable<Article> Published(ArticleFilter filter)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        IQueryable<Article> query = db.Articles
            .Where(Article.PublicAt(now))
            .OrderByDescending(a => a.PublishedAt)
            .ThenByDescending(a => a.Id);
        if (filter.TagId is { } tagId)
        {
            query = query.Where(a => a.Tags.Any(t => t.TagId == tagId));
        }

        if (filter.AuthorId is { } authorId)
        {
            query = query.Where(a => a.Authors.Any(x => x.AuthorId == authorId));
        }

        if (filter.ExceptLeadingTopStories > 0)
        {
            // A subquery, not a list of ids read first: the home page's Latest stays one statement.
            var shownAbove = query.Where(a => a.IsTopStory).Take(filter.ExceptLeadingTopStories).Select(a => a.Id);
            query = query.Where(a => !shownAbove.Contains(a.Id));
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(a => a.Kind == kind);
        }

        return filter.TopStoriesOnly ? query.Where(a => a.IsTopStory) : query;
    }

    /// <summary>Articles whose publish time has come, whatever their status now: change lists, which report take-downs too.</summary>
    public IQueryable<Article> PastPublishTime()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Articles.Where(a => a.PublishedAt != null && a.PublishedAt <= now);
    }

    /// <summary>The tags of several articles in one query, each in display order, whole: for syndication, which shows their descriptions.</summary>
    public Task<ILookup<long, Tag>> TagsOfAsync(IReadOnlyList<long> articleIds, CancellationToken cancellationToken) =>
        PerArticleAsync(
            db.ArticleTags.Where(x => articleIds.Contains(x.ArticleId)).OrderBy(x => x.Position).Select(x => new ArticleItem<Tag>(x.ArticleId, x.Tag)),
            cancellationToken);

    /// <summary>The authors of several articles in one query, each in byline order, whole: for syndication, which shows their bios.</summary>
    public Task<ILookup<long, Author>> AuthorProfilesOfAsync(IReadOnlyList<long> articleIds, CancellationToken cancellationToken) =>
        PerArticleAsync(Bylines(articleIds).Select(x => new ArticleItem<Author>(x.ArticleId, x.Author)), cancellationToken);

    /// <summary>The bylines of several articles in one query, each in byline order.</summary>
    public Task<ILookup<long, NamedLink>> AuthorsOfAsync(IReadOnlyList<long> articleIds, CancellationToken cancellationToken) =>
        PerArticleAsync(Bylines(articleIds).Select(x => new ArticleItem<NamedLink>(x.ArticleId, new NamedLink(x.Author.Id, x.Author.Slug, x.Author.Name))), cancellationToken);

    private IQueryable<ArticleAuthor> Bylines(IReadOnlyList<long> articleIds) =>
        db.ArticleAuthors.Where(x => articleIds.Contains(x.ArticleId)).OrderBy(x => x.Position);

    private static async Task<ILookup<long, T>> PerArticleAsync<T>(IQueryable<ArticleItem<T>> rows, CancellationToken cancellationToken) =>
        (await rows.ToListAsync(cancellationToken)).ToLookup(x => x.ArticleId, x => x.Item);

    private async Task<IReadOnlyList<ArticleCard>> ToCardsAsync(IQueryable<Article> query, CancellationToken cancellationToken)
    {
        var rows = await query
            .Select(a => new
            {
                a.Id, a.Slug, a.Kind, a.Headline, a.Dek, a.Excerpt, a.PublishedAt, a.FeatureImageUrl, a.FeatureImageAlt,
                Section = a.PrimarySection == null ? null : new NamedLink(a.PrimarySection.Id, a.PrimarySection.Slug, a.PrimarySection.Name),
            })
            .ToListAsync(cancellationToken);
        var authors = await AuthorsOfAsync(rows.Select(r => r.Id).ToList(), cancellationToken);
        var covers = await galleries.CoversAsync(rows.Where(r => r.Kind == ArticleKind.Gallery).Select(r => r.Id).ToList(), cancellationToken);
        return rows
            .Select(r => new ArticleCard(
                r.Id, r.Slug, r.Headline, r.Dek, r.Excerpt, r.PublishedAt!.Value, r.FeatureImageUrl, r.FeatureImageAlt, r.Section, authors[r.Id].ToList(),
                r.Kind, covers.GetValueOrDefault(r.Id)))
            .ToList();
    }

    /// <summary>A byline (no <see cref="Kind"/>) or a tag of one article, read in one statement with the other kind.</summary>
    private sealed class ArticleLinkRow
    {
        public TagKind? Kind { get; init; }

        public int Position { get; init; }

        public long Id { get; init; }

        public string Slug { get; init; } = "";

        public string Name { get; init; } = "";
    }

    /// <summary>One row of an article's ordered list (bylines, tags): which article, and the item.</summary>
    private sealed record ArticleItem<T>(long ArticleId, T Item);
}

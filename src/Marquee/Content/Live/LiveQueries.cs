using Marquee.Content.Articles;
using Marquee.Media.Photos;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Live;

/// <summary>How the rest of Marquee reads live stories. Every stream query is one index range, whatever the story's length.</summary>
public sealed class LiveQueries(MarqueeDbContext db, PhotoQueries photos)
{
    /// <summary>The id and slug of the public live story at <paramref name="slug"/>, or null: what the update resource needs of the article.</summary>
    public Task<NamedLink?> PublicLiveArticleAsync(string slug, DateTime now, CancellationToken cancellationToken) =>
        db.Articles.Where(Article.PublicAt(now)).Where(a => a.Slug == slug && a.Kind == ArticleKind.Live)
            .Select(a => new NamedLink(a.Id, a.Slug, a.Headline))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The story's coverage and version; a live article whose coverage never started has none stored.</summary>
    public async Task<LiveStory> StoryAsync(long articleId, CancellationToken cancellationToken) =>
        await db.Set<LiveStory>().SingleOrDefaultAsync(s => s.ArticleId == articleId, cancellationToken) ?? new LiveStory { ArticleId = articleId };

    /// <summary>
    /// Entries older than <paramref name="before"/> (the newest without it), newest first, with the pinned entry on the first page.
    /// Each list is one index range (a pinned entry sorted into the stream would make every page read the whole story), then their bylines.
    /// </summary>
    public async Task<LiveStoryPage> PageAsync(long articleId, long? before, int size, CancellationToken cancellationToken)
    {
        var stream = await ViewsAsync(Visible(articleId).Where(e => (before == null || e.Id < before) && !e.IsPinned).OrderByDescending(e => e.Id).Take(size + 1), cancellationToken);
        var pinned = before is null ? await ViewsAsync(Visible(articleId).Where(e => e.IsPinned).Take(1), cancellationToken) : [];
        var entries = await WithBylinesAsync([.. pinned, .. stream.OrderByDescending(e => e.Id)], cancellationToken);
        var shown = entries.Skip(pinned.Count).Take(size).ToList();
        return new LiveStoryPage(pinned.Count > 0 ? entries[0] : null, shown, stream.Count > size ? shown[^1].Id : null);
    }

    /// <summary>The newest entry id ever posted to the story, deleted or not: where a cursor may point.</summary>
    public Task<long?> NewestIdAsync(long articleId, CancellationToken cancellationToken) =>
        db.Set<LiveEntry>().Where(e => e.ArticleId == articleId).MaxAsync(e => (long?)e.Id, cancellationToken);

    /// <summary>The newest <paramref name="count"/> entries in the order they were posted, newest first, the pinned one among them: what feeds and APIs carry.</summary>
    public async Task<IReadOnlyList<LiveEntryView>> NewestAsync(long articleId, int count, CancellationToken cancellationToken) =>
        await WithBylinesAsync(await ViewsAsync(Visible(articleId).OrderByDescending(e => e.Id).Take(count), cancellationToken), cancellationToken);

    /// <summary>The ids of live articles whose coverage is running, as a subquery other desks' queries compose (one statement, no list read first).</summary>
    public IQueryable<long> RunningIds() =>
        db.Set<LiveStory>().Where(s => s.CoverageStartedAt != null && s.CoverageEndedAt == null).Select(s => s.ArticleId);

    /// <summary>The public live stories among <paramref name="articleIds"/>: whose entries feed a change touched.</summary>
    public Task<List<NamedLink>> PublicLiveArticlesAsync(IReadOnlyCollection<long> articleIds, DateTime now, CancellationToken cancellationToken) =>
        db.Articles.Where(Article.PublicAt(now)).Where(a => articleIds.Contains(a.Id) && a.Kind == ArticleKind.Live)
            .Select(a => new NamedLink(a.Id, a.Slug, a.Headline))
            .ToListAsync(cancellationToken);

    /// <summary>Key events newest first, for the jump menu.</summary>
    public Task<List<KeyEvent>> KeyEventsAsync(long articleId, CancellationToken cancellationToken) =>
        Visible(articleId).Where(e => e.IsKeyEvent).OrderByDescending(e => e.Id)
            .Select(e => new KeyEvent(e.Id, e.CreatedAt, e.Title ?? ""))
            .ToListAsync(cancellationToken);

    /// <summary>Every entry changed after <paramref name="since"/>, deleted ones too, newest first; at most <paramref name="limit"/> + 1, so a caller knows there were more.</summary>
    public async Task<IReadOnlyList<LiveEntryView>> ChangedSinceAsync(long articleId, int since, int limit, CancellationToken cancellationToken)
    {
        var rows = await ViewsAsync(db.Set<LiveEntry>().Where(e => e.ArticleId == articleId && e.ChangedInVersion > since).OrderByDescending(e => e.Id).Take(limit + 1), cancellationToken);
        return await WithBylinesAsync([.. rows.OrderByDescending(e => e.Id)], cancellationToken);
    }

    /// <summary>The newest entries as the live desk edits them: Markdown, version and byline slugs.</summary>
    public async Task<IReadOnlyList<LiveDeskEntry>> ForDeskAsync(long articleId, int count, CancellationToken cancellationToken)
    {
        var entries = await Visible(articleId).OrderByDescending(e => e.Id).Take(count)
            .Select(e => new LiveDeskEntry(e.Id, e.Version, e.CreatedAt, e.EditedAt, e.Title, e.BodyMarkdown, e.PhotoId, e.IsKeyEvent, e.IsPinned))
            .ToListAsync(cancellationToken);
        var ids = entries.Select(e => e.Id).ToList();
        var bylines = (await db.Set<LiveEntryAuthor>().Where(a => ids.Contains(a.EntryId))
            .Select(a => new { a.EntryId, a.Position, a.Author.Slug })
            .ToListAsync(cancellationToken)).ToLookup(a => a.EntryId);
        return [.. entries.Select(e => e with { AuthorSlugs = [.. bylines[e.Id].OrderBy(a => a.Position).Select(a => a.Slug)] })];
    }

    /// <summary>Public live stories whose coverage is running, newest first: the home page's "Live now".</summary>
    public Task<List<NamedLink>> LiveNowAsync(DateTime now, CancellationToken cancellationToken) =>
        db.Articles.Where(Article.PublicAt(now)).Where(a => a.Kind == ArticleKind.Live)
            .Join(db.Set<LiveStory>().Where(s => s.CoverageStartedAt != null && s.CoverageEndedAt == null), a => a.Id, s => s.ArticleId, (a, s) => new { a.Id, a.Slug, a.Headline, s.CoverageStartedAt })
            .OrderByDescending(x => x.CoverageStartedAt).Take(3)
            .Select(x => new NamedLink(x.Id, x.Slug, x.Headline))
            .ToListAsync(cancellationToken);

    private IQueryable<LiveEntry> Visible(long articleId) => db.Set<LiveEntry>().Where(e => e.ArticleId == articleId && !e.IsDeleted);

    private Task<List<LiveEntryView>> ViewsAsync(IQueryable<LiveEntry> entries, CancellationToken cancellationToken) =>
        entries.LeftJoin(photos.All(), e => e.PhotoId, p => p.Id, (e, p) => new LiveEntryView(e.Id, e.CreatedAt, e.EditedAt, e.Title, e.BodyHtml, e.IsKeyEvent, e.IsPinned, e.IsDeleted, p))
            .ToListAsync(cancellationToken);

    private async Task<List<LiveEntryView>> WithBylinesAsync(List<LiveEntryView> entries, CancellationToken cancellationToken)
    {
        var ids = entries.Select(e => e.Id).ToList();
        if (ids.Count == 0)
        {
            return entries;
        }

        var bylines = (await db.Set<LiveEntryAuthor>().Where(a => ids.Contains(a.EntryId))
            .Select(a => new { a.EntryId, a.Position, Link = new NamedLink(a.Author.Id, a.Author.Slug, a.Author.Name) })
            .ToListAsync(cancellationToken)).ToLookup(a => a.EntryId);
        return [.. entries.Select(e => e with { Authors = [.. bylines[e.Id].OrderBy(a => a.Position).Select(a => a.Link)] })];
    }
}

using Marquee.Content.Articles;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.History;

/// <summary>
/// Brings an old revision's authors and tags up to today's slugs before it is saved again: by id where the
/// revision kept ids (so a renamed slug follows), else by slug. What no longer exists is refused by name.
/// </summary>
public sealed class RevisionRelinker(MarqueeDbContext db)
{
    public async Task<ArticleInput> RelinkAsync(ArticleInput old, RevisionLinks? links, int version, CancellationToken cancellationToken)
    {
        if (links is null)
        {
            await EnsureExistAsync(db.Authors.Select(a => a.Slug), old.AuthorSlugs, "author", version, cancellationToken);
            await EnsureExistAsync(db.Tags.Select(t => t.Slug), old.TagSlugs, "tag", version, cancellationToken);
            return old;
        }

        var authors = await db.Authors.Where(a => links.AuthorIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Slug, cancellationToken);
        var tags = await db.Tags.Where(t => links.TagIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Slug, cancellationToken);
        return old with
        {
            AuthorSlugs = Current(links.AuthorIds, old.AuthorSlugs, authors, "author", version),
            TagSlugs = Current(links.TagIds, old.TagSlugs, tags, "tag", version),
            PrimarySectionSlug = links.PrimarySectionId is { } section ? tags.GetValueOrDefault(section) : null,
        };
    }

    private static List<string> Current(IReadOnlyList<long> ids, IReadOnlyList<string> slugs, Dictionary<long, string> found, string what, int version) =>
        ids.Select((id, i) => found.TryGetValue(id, out var slug) ? slug : throw Missing(what, slugs[i], version)).ToList();

    private static async Task EnsureExistAsync(IQueryable<string> all, IReadOnlyList<string> slugs, string what, int version, CancellationToken cancellationToken)
    {
        var found = await all.Where(slug => slugs.Contains(slug)).ToListAsync(cancellationToken);
        if (slugs.FirstOrDefault(slug => !found.Contains(slug)) is { } missing)
        {
            throw Missing(what, missing, version);
        }
    }

    private static ContentValidationException Missing(string what, string slug, int version) =>
        new($"revision {version} lists {what} '{slug}', which no longer exists (deleted, or its slug changed); add it again or restore a later revision — nothing was restored");
}

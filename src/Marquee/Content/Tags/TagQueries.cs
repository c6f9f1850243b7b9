using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Tags;

public sealed class TagQueries(MarqueeDbContext db)
{
    /// <summary>Every tag and section, read only: for lists other desks filter, order and page (the newsroom, the Content API).</summary>
    public IQueryable<Tag> All() => db.Tags.AsNoTracking();

    public Task<Tag?> FindBySlugAsync(string slug, CancellationToken cancellationToken) =>
        db.Tags.FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);

    /// <summary>Sections for the site navigation, by name: one indexed read, cheap on every cold render.</summary>
    public async Task<IReadOnlyList<TagLink>> NavigationSectionsAsync(int count, CancellationToken cancellationToken) =>
        await db.Tags
            .Where(t => t.Kind == TagKind.Section)
            .OrderBy(t => t.Name)
            .Take(count)
            .Select(t => new TagLink(t.Id, t.Slug, t.Name, t.Kind))
            .ToListAsync(cancellationToken);

    /// <summary>Several tags by id, in one read: for whoever has ids and needs paths.</summary>
    public async Task<IReadOnlyList<TagLink>> LinksAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        await db.Tags
            .Where(t => ids.Contains(t.Id))
            .Select(t => new TagLink(t.Id, t.Slug, t.Name, t.Kind))
            .ToListAsync(cancellationToken);

    /// <summary>What the editor's tag picker suggests for what a person typed.</summary>
    public async Task<IReadOnlyList<TagLink>> SearchAsync(string text, int limit, CancellationToken cancellationToken) =>
        await db.Tags.Matching(text, limit).Select(t => new TagLink(t.Id, t.Slug, t.Name, t.Kind)).ToListAsync(cancellationToken);

    /// <summary>Tags by slug, in the order asked; unknown slugs are left out.</summary>
    public async Task<IReadOnlyList<TagLink>> BySlugsAsync(IReadOnlyList<string> slugs, CancellationToken cancellationToken) =>
        (await db.Tags.Where(t => slugs.Contains(t.Slug)).Select(t => new TagLink(t.Id, t.Slug, t.Name, t.Kind)).ToListAsync(cancellationToken)).InOrderOf(slugs, x => x.Slug);
}

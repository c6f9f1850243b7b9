using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Tags;

public sealed class TagQueries(MarqueeDbContext db)
{
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
}

using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.StaticPages;

public sealed class StaticPageQueries(MarqueeDbContext db)
{
    public Task<StaticPage?> FindPublishedAsync(string slug, CancellationToken cancellationToken) =>
        db.StaticPages.FirstOrDefaultAsync(p => p.Slug == slug && p.IsPublished, cancellationToken);

    /// <summary>Pages linked from every footer (privacy, terms…).</summary>
    public async Task<IReadOnlyList<NamedLink>> FooterLinksAsync(CancellationToken cancellationToken) =>
        await db.StaticPages
            .Where(p => p.IsPublished)
            .OrderBy(p => p.Title)
            .Select(p => new NamedLink(p.Id, p.Slug, p.Title))
            .ToListAsync(cancellationToken);
}

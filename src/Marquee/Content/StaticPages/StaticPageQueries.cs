using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.StaticPages;

public sealed class StaticPageQueries(MarqueeDbContext db)
{
    /// <summary>The published pages, for lists other desks filter, order and page (the Content API).</summary>
    public IQueryable<StaticPage> Published() => db.StaticPages.Where(p => p.IsPublished);

    public Task<StaticPage?> FindPublishedAsync(string slug, CancellationToken cancellationToken) =>
        Published().FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);

    /// <summary>Pages linked from every footer (privacy, terms…).</summary>
    public async Task<IReadOnlyList<NamedLink>> FooterLinksAsync(CancellationToken cancellationToken) =>
        await Published()
            .OrderBy(p => p.Title)
            .Select(p => new NamedLink(p.Id, p.Slug, p.Title))
            .ToListAsync(cancellationToken);
}

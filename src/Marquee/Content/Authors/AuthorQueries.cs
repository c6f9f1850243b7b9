using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Authors;

public sealed class AuthorQueries(MarqueeDbContext db)
{
    public Task<Author?> FindBySlugAsync(string slug, CancellationToken cancellationToken) =>
        db.Authors.FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);

    /// <summary>Several authors by id, in one read: for whoever has ids and needs slugs.</summary>
    public async Task<IReadOnlyList<NamedLink>> LinksAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        await db.Authors
            .Where(a => ids.Contains(a.Id))
            .Select(a => new NamedLink(a.Id, a.Slug, a.Name))
            .ToListAsync(cancellationToken);
}

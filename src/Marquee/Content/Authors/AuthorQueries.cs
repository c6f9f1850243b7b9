using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Authors;

public sealed class AuthorQueries(MarqueeDbContext db)
{
    /// <summary>Every author, read only: for lists other desks filter, order and page (the newsroom, the Content API).</summary>
    public IQueryable<Author> All() => db.Authors.AsNoTracking();

    public Task<Author?> FindBySlugAsync(string slug, CancellationToken cancellationToken) =>
        db.Authors.FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);

    /// <summary>Several authors by id, in one read: for whoever has ids and needs slugs.</summary>
    public async Task<IReadOnlyList<NamedLink>> LinksAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        await db.Authors
            .Where(a => ids.Contains(a.Id))
            .Select(a => new NamedLink(a.Id, a.Slug, a.Name))
            .ToListAsync(cancellationToken);

    /// <summary>What the editor's byline picker suggests for what a person typed.</summary>
    public async Task<IReadOnlyList<NamedLink>> SearchAsync(string text, int limit, CancellationToken cancellationToken) =>
        await db.Authors.Matching(text, limit).Select(a => new NamedLink(a.Id, a.Slug, a.Name)).ToListAsync(cancellationToken);

    /// <summary>Authors by slug, in the order asked; unknown slugs are left out.</summary>
    public async Task<IReadOnlyList<NamedLink>> BySlugsAsync(IReadOnlyList<string> slugs, CancellationToken cancellationToken) =>
        (await db.Authors.Where(a => slugs.Contains(a.Slug)).Select(a => new NamedLink(a.Id, a.Slug, a.Name)).ToListAsync(cancellationToken)).InOrderOf(slugs, x => x.Slug);
}

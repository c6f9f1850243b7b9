using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Authors;

public sealed class AuthorQueries(MarqueeDbContext db)
{
    public Task<Author?> FindBySlugAsync(string slug, CancellationToken cancellationToken) =>
        db.Authors.FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
}

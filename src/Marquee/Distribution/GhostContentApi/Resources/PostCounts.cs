using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Distribution.GhostContentApi.Resources;

/// <summary>`include=count.posts`: published stories per tag or author, for one page of them in one query.</summary>
public static class PostCounts
{
    public static async Task<Dictionary<long, int>?> WhenIncludedAsync<TLink>(
        ContentApiRequest request, IQueryable<TLink> links, Expression<Func<TLink, long>> owner, List<long> ids, CancellationToken cancellationToken)
    {
        if (!request.Include.Contains("count.posts"))
        {
            return null;
        }

        return await links.GroupBy(owner)
            .Where(g => ids.Contains(g.Key))
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
    }
}

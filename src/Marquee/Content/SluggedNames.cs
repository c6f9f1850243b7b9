namespace Marquee.Content;

/// <summary>How the editor's pickers find tags and authors: by what a person types, or by the slugs a form already has.</summary>
public static class SluggedNames
{
    /// <summary>Entries whose name or slug contains the text, names starting with it first, at most <paramref name="limit"/>.</summary>
    public static IQueryable<T> Matching<T>(this IQueryable<T> entries, string text, int limit)
        where T : class, ISluggedName
    {
        var term = text.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // runs as SQL lower() and LIKE in the database, where no .NET culture applies
        return entries
            .Where(e => e.Name.ToLower().Contains(term) || e.Slug.Contains(term))
            .OrderBy(e => e.Name.ToLower().StartsWith(term) ? 0 : 1).ThenBy(e => e.Name)
            .Take(limit);
#pragma warning restore CA1304, CA1311, CA1862
    }

    /// <summary>What was found, in the order of <paramref name="slugs"/>; slugs nothing was found for are left out.</summary>
    public static List<TLink> InOrderOf<TLink>(this IReadOnlyList<TLink> found, IReadOnlyList<string> slugs, Func<TLink, string> slugOf) =>
        slugs.SelectMany(slug => found.Where(link => slugOf(link) == slug).Take(1)).ToList();
}

using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Search;

/// <summary>
/// The words of indexed headlines and tag and author names with how many documents hold each (<c>search_terms</c>,
/// M0017), kept in the article's transaction: what a misspelt name is corrected to.
/// </summary>
public sealed class SpellingTable(MarqueeDbContext db)
{
    public async Task CountAsync(IEnumerable<string> added, IEnumerable<string> removed, CancellationToken cancellationToken)
    {
        await AddAsync(added.ToList(), cancellationToken);
        var gone = removed.ToList();
        if (gone.Count > 0)
        {
            var uncount = $"UPDATE search_terms SET documents = documents - 1 WHERE term IN ({Placeholders(gone.Count)})";
            await db.Database.ExecuteSqlRawAsync(uncount, gone, cancellationToken);
            await db.Database.ExecuteSqlAsync($"DELETE FROM search_terms WHERE documents <= 0", cancellationToken);
        }
    }

    /// <summary>Adds one document's worth of each word; a rebuild calls it with every word once per document holding it.</summary>
    public async Task AddAsync(IReadOnlyCollection<string> words, CancellationToken cancellationToken, int documents = 1)
    {
        if (words.Count == 0)
        {
            return;
        }

        var rows = string.Join(", ", Enumerable.Range(0, words.Count).Select(i => $"({{{i}}}, {documents})"));
        var count = $"INSERT INTO search_terms (term, documents) VALUES {rows} ON CONFLICT (term) DO UPDATE SET documents = search_terms.documents + excluded.documents";
        await db.Database.ExecuteSqlRawAsync(count, words, cancellationToken);
    }

    public Task ClearAsync(CancellationToken cancellationToken) => db.Database.ExecuteSqlAsync($"DELETE FROM search_terms", cancellationToken);

    /// <summary>Which of these words the table holds.</summary>
    public async Task<IReadOnlySet<string>> KnownAsync(IReadOnlyCollection<string> words, CancellationToken cancellationToken)
    {
        if (words.Count == 0)
        {
            return new HashSet<string>();
        }

        var known = $"SELECT term AS \"Value\" FROM search_terms WHERE term IN ({Placeholders(words.Count)})";
        return (await db.Database.SqlQueryRaw<string>(known, [.. words]).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>"{0}, {1} …": EF makes each a parameter, so the SQL built around them holds no value.</summary>
    private static string Placeholders(int count) => string.Join(", ", Enumerable.Range(0, count).Select(i => $"{{{i}}}"));
}

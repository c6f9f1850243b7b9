using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Search;

/// <summary>SQLite's candidates: the words starting with the same letter (a range of the table's key), of a length within reach.</summary>
public sealed class FirstLetterNeighbours(MarqueeDbContext db) : ISpellingNeighbours
{
    public async Task<IReadOnlyList<SpellingTerm>> NearAsync(string word, int reach, CancellationToken cancellationToken)
    {
        var first = word[..1];
        var next = ((char)(word[0] + 1)).ToString();
        return await db.Database.SqlQuery<SpellingTerm>($"""
            SELECT term AS "Term", documents AS "Documents" FROM search_terms
            WHERE term >= {first} AND term < {next} AND length(term) BETWEEN {word.Length - reach} AND {word.Length + reach}
            """).ToListAsync(cancellationToken);
    }
}

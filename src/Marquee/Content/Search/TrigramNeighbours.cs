using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Search;

/// <summary>
/// PostgreSQL's candidates: the words sharing the most trigrams with the misspelt one, nearest first from pg_trgm's
/// GiST index (M0032), so a wrong first letter ("klarkson") is corrected too (decision 0089).
/// </summary>
public sealed class TrigramNeighbours(MarqueeDbContext db) : ISpellingNeighbours
{
    /// <summary>Enough nearest words that the one with fewest edits is among them; the index stops the scan there.</summary>
    private const int Candidates = 50;

    public async Task<IReadOnlyList<SpellingTerm>> NearAsync(string word, int reach, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<SpellingTerm>($"""
            SELECT term AS "Term", documents AS "Documents" FROM search_terms
            WHERE length(term) BETWEEN {word.Length - reach} AND {word.Length + reach}
            ORDER BY term <-> {word}
            LIMIT {Candidates}
            """).ToListAsync(cancellationToken);
}

namespace Marquee.Content.Search;

/// <summary>
/// Corrects the words of a query that no indexed headline or name holds to the nearest word that one does ("clarksen"
/// → "clarkson"): fewest edits first (a swap of two letters is one), then the word more documents hold.
/// </summary>
public sealed class SpellingCorrections(SpellingTable table, ISpellingNeighbours neighbours)
{
    /// <summary>The corrected query, or null when every word is known or nothing near enough is.</summary>
    public async Task<SearchQuery?> CorrectAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var words = query.Required.Distinct(StringComparer.Ordinal).ToList();
        var known = await table.KnownAsync(words, cancellationToken);
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in words.Where(w => !known.Contains(w) && EditsAllowed(w) > 0))
        {
            var nearest = await NearestAsync(word, cancellationToken);
            if (nearest is not null)
            {
                corrections[word] = nearest;
            }
        }

        return corrections.Count == 0 ? null : query.Replacing(corrections);
    }

    /// <summary>Short words are left alone (one edit makes another real word); longer names get two.</summary>
    private static int EditsAllowed(string word) => word.Length switch
    {
        < 4 => 0,
        < 8 => 1,
        _ => 2,
    };

    private async Task<string?> NearestAsync(string word, CancellationToken cancellationToken)
    {
        var allowed = EditsAllowed(word);
        var candidates = await neighbours.NearAsync(word, allowed, cancellationToken);
        return candidates
            .Select(c => (c.Term, c.Documents, Edits: EditDistance.Between(word, c.Term)))
            .Where(c => c.Edits <= allowed)
            .OrderBy(c => c.Edits).ThenByDescending(c => c.Documents).ThenBy(c => c.Term, StringComparer.Ordinal)
            .Select(c => c.Term)
            .FirstOrDefault();
    }
}

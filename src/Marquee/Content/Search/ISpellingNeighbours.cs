namespace Marquee.Content.Search;

/// <summary>The words of the spelling table that might be a misspelt word's intended spelling, for <see cref="SpellingCorrections"/> to measure.</summary>
public interface ISpellingNeighbours
{
    /// <summary>Candidates whose length is within <paramref name="reach"/> of the word's own; the caller counts the edits.</summary>
    Task<IReadOnlyList<SpellingTerm>> NearAsync(string word, int reach, CancellationToken cancellationToken);
}

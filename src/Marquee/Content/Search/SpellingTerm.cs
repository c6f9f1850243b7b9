namespace Marquee.Content.Search;

/// <summary>A word of the spelling table and how many indexed documents hold it.</summary>
public sealed record SpellingTerm(string Term, int Documents);

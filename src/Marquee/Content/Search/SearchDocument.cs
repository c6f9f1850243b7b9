namespace Marquee.Content.Search;

/// <summary>
/// What the index keeps of an article, as plain text: the headline; the names of its tags and authors (people are
/// searched by name); the dek and excerpt; the body without markup. Ranked in that order of weight.
/// </summary>
public sealed record SearchDocument(long ArticleId, string Headline, string Names, string Summary, string Body)
{
    /// <summary>The words the spelling table learns from a document: names and headlines, what readers misspell.</summary>
    public IReadOnlySet<string> SpellingWords => SearchWords.Of(Headline).Concat(SearchWords.Of(Names)).ToHashSet(StringComparer.Ordinal);
}

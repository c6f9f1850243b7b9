namespace Marquee.Content.Search;

/// <summary>What a search is narrowed to: a tag (sections are tags too), an author, a publication date range (inclusive days).</summary>
public sealed record SearchFilter(long? TagId = null, long? SectionId = null, long? AuthorId = null, DateOnly? From = null, DateOnly? To = null)
{
    public static readonly SearchFilter None = new();
}

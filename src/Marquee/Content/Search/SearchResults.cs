namespace Marquee.Content.Search;

/// <summary>
/// One page of results. When the query as typed found nothing and a spelling correction did, <see cref="Query"/> is the
/// corrected one and <see cref="CorrectedFrom"/> what the reader typed.
/// </summary>
public sealed record SearchResults(SearchQuery Query, SearchQuery? CorrectedFrom, PageOf<SearchResult> Page);

using Marquee.Content;
using Marquee.Content.Articles;

namespace Marquee.Newsroom.Articles;

/// <summary>One article in a newsroom list: enough to recognise it and open the editor.</summary>
public sealed record ArticleListRow(long Id, string Headline, EditorialState State, IReadOnlyList<NamedLink> Authors, DateTime? PublishedAt, DateTime UpdatedAt);

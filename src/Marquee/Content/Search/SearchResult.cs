using Marquee.Content.Articles;
using Microsoft.AspNetCore.Html;

namespace Marquee.Content.Search;

/// <summary>A found article as the results list shows it: its card and the passage its text matched, as safe HTML.</summary>
public sealed record SearchResult(ArticleCard Card, HtmlString? Snippet);

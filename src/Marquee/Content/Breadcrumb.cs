using Marquee.Content.Articles;

namespace Marquee.Content;

/// <summary>One step of a page's place in the site (Home › Music › the story), for BreadcrumbList.</summary>
public sealed record Breadcrumb(string Name, string Path)
{
    /// <summary>An article's place: its section, if it has one, then the article.</summary>
    public static IReadOnlyList<Breadcrumb> To(ArticleDetail article) =>
        article.Section is { } section
            ? [new Breadcrumb(section.Name, TaxonomyPaths.Section(section.Slug)), new Breadcrumb(article.Headline, article.Path)]
            : [new Breadcrumb(article.Headline, article.Path)];
}

namespace Marquee.Content.Articles;

/// <summary>An article as a list or rail shows it.</summary>
public sealed record ArticleCard(
    long Id,
    string Slug,
    string Headline,
    string? Dek,
    string? Excerpt,
    DateTime PublishedAt,
    string? ImageUrl,
    string? ImageAlt,
    NamedLink? Section,
    IReadOnlyList<NamedLink> Authors);

namespace Marquee.Content.StaticPages;

public sealed record StaticPageInput(string Slug, string Title, string BodyMarkdown, bool IsPublished = true, string? SeoDescription = null, string? SourceKey = null);

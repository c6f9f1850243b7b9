namespace Marquee.Media.Photos;

/// <summary>One place a library photo appears: an article (or an article kind, such as a gallery) and how it uses the photo.</summary>
public sealed record PhotoUse(long PhotoId, long ArticleId, string Headline, string Slug, bool IsPublished, string How);

namespace Marquee.Media.Photos;

/// <summary>
/// One place a library photo appears: an article (or an article kind, such as a gallery) and how it uses the photo,
/// with the staff member who created the article (the newsroom names the article only to those who may open it).
/// </summary>
public sealed record PhotoUse(long PhotoId, long ArticleId, string Headline, string Slug, bool IsPublished, string How, long? CreatedByStaffId);

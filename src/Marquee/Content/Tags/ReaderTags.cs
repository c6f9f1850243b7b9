namespace Marquee.Content.Tags;

/// <summary>
/// Which tags readers see. Channel tags (Apple News, Top Stories) route stories to syndication and placement: they are
/// the newsroom's, so no chip, page, feed category or sitemap entry shows them.
/// </summary>
public static class ReaderTags
{
    /// <summary>The kinds kept from readers; a list (not one kind) so a query stays right when another internal kind comes.</summary>
    public static readonly IReadOnlyList<TagKind> Internal = [TagKind.Channel];

    public static bool Shows(TagKind kind) => !Internal.Contains(kind);
}

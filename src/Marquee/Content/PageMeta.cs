using Marquee.Content.Articles;
using Marquee.Content.Galleries;
using Marquee.Content.Live;
using Marquee.Content.Photos;

namespace Marquee.Content;

/// <summary>
/// What every page puts in its head: title, description, canonical path (none on an error page, which is no page of the site's own) and, for a listing with feeds
/// of its own (a tag, section or author), the path its feeds hang under. Structured data and social
/// cards read the rest: the story an article page shows, the trail of pages above this one, whether it is home.
/// </summary>
public sealed record PageMeta(string Title, string? Description, string? CanonicalPath, string? FeedPath = null)
{
    public const string Key = "Meta";

    public ArticleDetail? Article { get; init; }

    /// <summary>The story photo's crops, widest first shape 16:9, once it may be shown and its renditions are made; else empty.</summary>
    public IReadOnlyList<SizedImage> PhotoCrops { get; init; } = [];

    /// <summary>On a gallery's pages: the photos it shows, in order (Article is the gallery).</summary>
    public IReadOnlyList<GalleryPhoto>? Gallery { get; init; }

    /// <summary>On a live story's pages: its coverage and newest updates (Article is the live story).</summary>
    public LiveBlogMeta? Live { get; init; }

    /// <summary>The pages between home and this one, this one last; empty for home and pages outside any hierarchy.</summary>
    public IReadOnlyList<Breadcrumb> Trail { get; init; } = [];

    public bool IsHome { get; init; }
}

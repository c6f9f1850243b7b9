using Marquee.Content.Articles;
using Marquee.Content.Body;
using Marquee.Content.StaticPages;
using Marquee.Import.Photos;
using Marquee.Media.Photos;

namespace Marquee.Import.Wxr;

/// <summary>
/// WordPress posts as Marquee articles and pages as static pages; attachments serve the posts that show them. Any other
/// post type (menu items, reusable blocks, a plugin's types) and trashed items are reported and left out; links between
/// the export's items lead to their new paths (<see cref="WxrLinks"/>). With <paramref name="photosToLibrary"/>, image
/// attachments become media library photos, shown as feature photos and in Marquee galleries.
/// </summary>
internal sealed class WxrItems(WxrExport export, WxrPeopleAndTerms people, ImportBatch batch, bool photosToLibrary)
{
    /// <summary>WordPress keeps no photo credit unless the file's IPTC data had one; the newsroom's list of uncredited photos finds these.</summary>
    public static readonly string Uncredited = Content.Articles.FeatureImage.Uncredited("WordPress");

    private readonly Dictionary<string, WxrAttachment> _attachments = export.Items
        .Where(i => i.Text("wp:post_type") == "attachment" && i.Text("wp:post_id") is not null)
        .DistinctBy(i => i.Text("wp:post_id"))
        .ToDictionary(i => i.Text("wp:post_id")!, WxrAttachment.From);

    private const int HeadlineWords = 100;

    /// <summary>Who the media library says made an imported photo.</summary>
    private const string PhotoCreator = "import (WordPress)";

    private readonly HashSet<string> _photoIds = [];

    private readonly WxrLinks _links = new(export.SiteUrl);
    private readonly HashSet<string> _articleSlugs = [];
    private readonly HashSet<string> _pageSlugs = [];

    /// <summary>Guids more than one item has: a real export repeats one where a post was copied, and WordPress imports both.</summary>
    private readonly HashSet<string> _repeatedGuids = export.Items.GroupBy(i => i.Text("guid")).Where(g => g.Key is not null && g.Count() > 1).Select(g => g.Key!).ToHashSet();

    public void AddAll()
    {
        if (photosToLibrary)
        {
            AddPhotos();
        }

        var kept = new List<(WxrRecord Item, string Type, string Where, string Slug)>();
        foreach (var item in export.Items)
        {
            var type = item.Text("wp:post_type") ?? "post";
            var where = item.Text("wp:post_id") is { } id ? $"{type} {id}" : $"item {item.Number}";
            if (type is not ("post" or "page" or "attachment"))
            {
                batch.Skipped.Add(new ImportSkip(where, $"post type '{type}' has no place in Marquee; left out"));
            }
            else if (type != "attachment" && Kept(item, where))
            {
                var slug = UniqueSlug(item, type == "page" ? _pageSlugs : _articleSlugs, where);
                _links.Add(item, type == "page" ? $"/p/{slug}" : ArticlePaths.Of(ArticleKind.Story, slug));
                kept.Add((item, type, where, slug));
            }
        }

        // Slugs first, bodies after: a post may link to one later in the file.
        kept.ForEach(k => Add(k.Item, k.Type, $"{k.Where} '{k.Slug}'", k.Slug));
    }

    private bool Kept(WxrRecord item, string where)
    {
        var status = item.Text("wp:status") ?? "draft";
        if (status is "trash" or "auto-draft" or "inherit")
        {
            batch.Skipped.Add(new ImportSkip(where, $"status '{status}' is not content anyone meant to keep; left out"));
            return false;
        }

        return true;
    }

    private void Add(WxrRecord item, string type, string where, string slug)
    {
        var status = item.Text("wp:status") ?? "draft";
        void Report(string reason) => batch.Skipped.Add(new ImportSkip(where, reason));
        // Static pages embed no galleries: only articles' bodies expand them.
        var galleries = photosToLibrary && type == "post" ? new WxrGalleries(_photoIds, slug, gallery => UniqueSlug(gallery, _articleSlugs, where)) : null;
        var body = _links.Rewrite(WxrBody.From(item.Fields.GetValueOrDefault("content:encoded", ""), _attachments, item.Text("wp:post_id"), galleries, Report));
        var title = item.Text("title") ?? Untitled(body, where, Report);
        var sourceKey = SourceKey(item, slug, Report);
        var article = Article(item, where, title, slug, status, body, sourceKey, Report);
        if (item.Comments > 0)
        {
            Report($"its {item.Comments} comment(s) are not imported: Marquee shows no comments yet");
        }

        if (type == "page")
        {
            batch.Pages.Add(new ImportRecord<StaticPageInput>(where, new StaticPageInput(slug, article.Headline, body, article.Status == ArticleStatus.Published, article.SeoDescription, sourceKey)));
        }
        else
        {
            // A gallery is saved before the story embedding it: a body may embed only a gallery that exists.
            batch.Articles.AddRange(galleries?.Found.Select(g => Gallery(g, article, where)) ?? []);
            var feature = item.MetaText("_thumbnail_id") is { } thumbnail && _photoIds.Contains(thumbnail) ? new ImportPhotoUse(thumbnail, []) : null;
            batch.Articles.Add(new ImportRecord<ArticleInput>(where, article) { Photos = feature, OldPath = OldPath(item, ArticlePaths.Of(ArticleKind.Story, slug)) });
        }
    }

    /// <summary>The post's permalink on the old site, to answer 301 to its new path; none for the site's root (plain <c>?p=</c> links) or a path unchanged.</summary>
    private static string? OldPath(WxrRecord item, string newPath) =>
        item.Text("link") is { } link && Uri.TryCreate(link, UriKind.Absolute, out var uri)
        && OldPermalinks.Key(Uri.UnescapeDataString(uri.AbsolutePath)) is { } path && path != newPath ? path : null;

    /// <summary>Every image attachment, for the media library; the credit it lacks is reported, as the library lists it.</summary>
    private void AddPhotos()
    {
        foreach (var photo in _attachments.Values.Where(a => a.IsPhoto))
        {
            var where = $"attachment {photo.Id}";
            if (photo.Credit is null)
            {
                batch.Skipped.Add(new ImportSkip(where, "has no credit (IPTC, caption or description); the media library lists it as lacking one"));
            }

            _photoIds.Add(photo.Id);
            var metadata = new PhotoMetadata { Caption = photo.Caption, AltText = photo.Alt, Credit = photo.Credit, CreatedBy = PhotoCreator };
            batch.Photos.Add(new ImportRecord<ImportPhoto>(where, new ImportPhoto(photo.Id, photo.Url!, photo.UploadsPath, metadata)));
        }
    }

    /// <summary>A post's gallery as a Marquee gallery: the post's headline, byline, tags and status, known by the post's key and its place.</summary>
    private static ImportRecord<ArticleInput> Gallery(WxrGallery gallery, ArticleInput post, string where)
    {
        var own = post with { SourceKey = $"{post.SourceKey}#gallery-{gallery.Slug}", Slug = gallery.Slug, Kind = ArticleKind.Gallery, Dek = gallery.Caption };
        var nothingOfThePost = own with { BodyMarkdown = "", Excerpt = null, IsTopStory = false, FeatureImage = null, SeoDescription = null };
        return new($"{where} gallery '{gallery.Slug}'", nothingOfThePost) { Photos = new ImportPhotoUse(null, gallery.AttachmentIds) };
    }

    /// <summary>WordPress allows a post without a title (asides, status updates) and links it by its date; Marquee needs a headline, so its first words become one.</summary>
    private string Untitled(string body, string where, Action<string> report)
    {
        var words = BodyRenderer.Excerpt(body, HeadlineWords);
        if (words.Length == 0)
        {
            throw new ImportException(export.File, where, "has no title and no text to make a headline from");
        }

        report($"has no title; its first words are the headline: '{words}'");
        return words;
    }

    private ArticleInput Article(WxrRecord item, string where, string title, string slug, string status, string body, string sourceKey, Action<string> report)
    {
        var time = WxrDates.PublishTime(export.File, where, item, report);
        var state = WxrStatus.Of(export.File, where, status, time, item.Text("wp:post_password") is not null, report);
        return new ArticleInput
        {
            SourceKey = sourceKey,
            Slug = slug,
            Headline = title,
            BodyMarkdown = body,
            Excerpt = WxrText.Plain(item.Text("excerpt:encoded")),
            Status = state,
            IsTopStory = item.Text("wp:is_sticky") == "1",
            PublishedAt = state == ArticleStatus.Published ? time : null,
            SourceModifiedAt = WxrDates.ModifiedTime(export.File, where, item),
            AuthorSlugs = people.AuthorSlugs(item, where),
            TagSlugs = people.TagSlugs(item, where),
            FeatureImage = FeatureImage(item, report),
            SeoDescription = item.MetaText("_yoast_wpseo_metadesc") is { } description && !description.Contains("%%", StringComparison.Ordinal) ? description : null,
        };
    }

    /// <summary>The guid survives a change of slug in WordPress; without one of its own, the site and post id, else the slug, identify the item on re-import.</summary>
    private string SourceKey(WxrRecord item, string slug, Action<string> report)
    {
        var guid = item.Text("guid");
        if (guid is not null && !_repeatedGuids.Contains(guid))
        {
            return $"wxr:{guid}";
        }

        if (guid is not null)
        {
            report($"guid '{guid}' is another item's too; this one is known by its post id instead");
        }

        return item.Text("wp:post_id") is { } id ? $"wxr:{export.SiteUrl}?p={id}" : $"wxr:slug:{slug}";
    }

    /// <summary>WordPress's slug (the title's while it has none); a second item with one gets "-2" and on, as WordPress itself would.</summary>
    private string UniqueSlug(WxrRecord item, HashSet<string> taken, string where) =>
        UniqueSlug(WxrSlug.Of(item.Text("wp:post_name"), item.Text("title")) ?? Content.Slugs.From(where), taken, where);

    private string UniqueSlug(string slug, HashSet<string> taken, string where)
    {
        var unique = slug;
        for (var n = 2; !taken.Add(unique); n++)
        {
            unique = $"{slug}-{n}";
        }

        if (unique != slug)
        {
            batch.Skipped.Add(new ImportSkip($"{where} '{slug}'", $"an earlier item has the same slug; imported as '{unique}'"));
        }

        return unique;
    }

    private FeatureImage? FeatureImage(WxrRecord item, Action<string> report)
    {
        if (item.MetaText("_thumbnail_id") is not { } id)
        {
            return null;
        }

        if (!_attachments.TryGetValue(id, out var image) || image.Url is null || !Platform.Security.UrlPolicy.IsAllowed(image.Url))
        {
            report($"its featured image is attachment {id}, which is not in the file or has no usable URL; left out");
            return null;
        }

        if (image.Credit is null)
        {
            report($"its featured image (attachment {id}) has no credit in the export; credited '{Uncredited}' for the newsroom to fix");
        }

        return new FeatureImage(image.Url, image.Alt, image.Caption, image.Credit ?? Uncredited);
    }
}

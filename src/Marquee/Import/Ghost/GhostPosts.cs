using System.Text.RegularExpressions;
using Marquee.Content.Articles;
using Marquee.Content.StaticPages;

namespace Marquee.Import.Ghost;

/// <summary>Ghost posts as Marquee articles and Ghost pages as static pages, with their ordered bylines and tags.</summary>
internal sealed partial class GhostPosts(GhostExport export, GhostPeopleAndTags people)
{
    /// <summary>Ghost has no photo credits; an imported photo says so rather than inventing one.</summary>
    public const string Uncredited = "Uncredited (imported from Ghost)";

    private readonly ILookup<string?, GhostRow> _postsAuthors = export.Table("posts_authors").OrderBy(r => r.Order).ToLookup(r => r.Id("post_id"));
    private readonly ILookup<string?, GhostRow> _postsTags = export.Table("posts_tags").OrderBy(r => r.Order).ToLookup(r => r.Id("post_id"));
    private readonly Dictionary<string, GhostRow> _postsMeta = export.Table("posts_meta").Where(r => r.Id("post_id") is not null).DistinctBy(r => r.Id("post_id")).ToDictionary(r => r.Id("post_id")!);

    public void AddTo(ImportBatch batch)
    {
        var posts = export.Table("posts");
        var repeatedUuids = posts.GroupBy(p => p.Text("uuid")).Where(g => g.Key is not null && g.Count() > 1).Select(g => g.Key).ToHashSet();
        var slugs = new Dictionary<string, int>();
        foreach (var post in posts)
        {
            var where = $"post {post.Number}";
            var title = post.Text("title") ?? throw new ImportException(export.File, where, "has no title");
            var slug = ImportSlug.Of(export.File, where, post.Text("slug") ?? title);
            where = $"post {post.Number} '{slug}'";
            if (!slugs.TryAdd(slug, post.Number))
            {
                throw new ImportException(export.File, where, $"slug '{slug}' is also used by post {slugs[slug]}");
            }

            // The uuid survives a rename in Ghost; where an export repeats or lacks it, the slug is the identity.
            var uuid = post.Text("uuid");
            var sourceKey = uuid is not null && Guid.TryParse(uuid, out _) && !repeatedUuids.Contains(uuid) ? $"ghost:{uuid}" : $"ghost:slug:{slug}";
            var status = Status(post, where);
            if (post.Flag("page") || post.Text("type") == "page")
            {
                batch.Pages.Add(new ImportRecord<StaticPageInput>(where, new StaticPageInput(
                    slug, title.Trim(), GhostBody.From(post), status == ArticleStatus.Published, Meta(post, "meta_description"), sourceKey)));
            }
            else
            {
                batch.Articles.Add(new ImportRecord<ArticleInput>(where, Article(post, where, title, slug, sourceKey, status)));
            }
        }
    }

    private ArticleInput Article(GhostRow post, string where, string title, string slug, string sourceKey, ArticleStatus status)
    {
        var id = post.Id();
        var publishedAt = post.Time("published_at") ?? (status == ArticleStatus.Published ? post.Time("created_at") : null);
        if (status == ArticleStatus.Published && publishedAt is null)
        {
            throw new ImportException(export.File, where, "is published but has no valid published_at or created_at");
        }

        var authorIds = _postsAuthors[id].Select(r => r.Id("author_id")).DefaultIfEmpty(post.Id("author_id"));
        return new ArticleInput
        {
            SourceKey = sourceKey,
            Slug = slug,
            Headline = title.Trim(),
            BodyMarkdown = GhostBody.From(post),
            Excerpt = post.Text("custom_excerpt"),
            Status = status,
            IsTopStory = post.Flag("featured"),
            PublishedAt = publishedAt,
            AuthorSlugs = authorIds.Select(people.AuthorSlug).OfType<string>().Distinct().ToList(),
            TagSlugs = _postsTags[id].Select(r => people.TagSlug(r.Id("tag_id"))).OfType<string>().Distinct().ToList(),
            FeatureImage = FeatureImage(post),
            SeoTitle = Meta(post, "meta_title"),
            SeoDescription = Meta(post, "meta_description"),
        };
    }

    private ArticleStatus Status(GhostRow post, string where) => post.Text("status") switch
    {
        "published" => ArticleStatus.Published,
        null or "draft" or "scheduled" => ArticleStatus.Draft,
        var other => throw new ImportException(export.File, where, $"status '{other}' is not published, draft or scheduled"),
    };

    private FeatureImage? FeatureImage(GhostRow post)
    {
        if ((post.Text("feature_image") ?? post.Text("image")) is not { } url)
        {
            return null;
        }

        var caption = Meta(post, "feature_image_caption") is { } html ? Tags().Replace(html, "").Trim() : null;
        var credit = caption is not null && CreditLike().IsMatch(caption) ? caption : Uncredited;
        return new FeatureImage(url.Replace("__GHOST_URL__", "", StringComparison.Ordinal), Meta(post, "feature_image_alt"), caption, credit);
    }

    /// <summary>Ghost moved SEO and image fields from posts to posts_meta in 2.x; read either.</summary>
    private string? Meta(GhostRow post, string column) =>
        post.Text(column) ?? (post.Id() is { } id && _postsMeta.TryGetValue(id, out var meta) ? meta.Text(column) : null);

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"photo(graph)? (by|credit)|courtesy|credit:|\S/\S|getty|unsplash|shutterstock|reuters|\bAP\b", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLike();
}

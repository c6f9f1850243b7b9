using System.Text.RegularExpressions;
using Marquee.Content.Articles;
using Marquee.Content.StaticPages;

namespace Marquee.Import.Ghost;

/// <summary>
/// Ghost posts as Marquee articles and Ghost pages as static pages, with their ordered bylines and tags.
/// A second post with a slug already seen is skipped, as Ghost's importer does.
/// </summary>
internal sealed partial class GhostPosts(GhostExport export, GhostPeopleAndTags people, ImportBatch batch)
{
    /// <summary>Ghost has no photo credits; an imported photo says so rather than inventing one.</summary>
    public static readonly string Uncredited = Content.Articles.FeatureImage.Uncredited("Ghost");

    private readonly IReadOnlyList<GhostRow> _posts = export.Table("posts");
    private readonly ILookup<string?, GhostRow> _postsAuthors = Links(export, batch, "posts_authors");
    private readonly ILookup<string?, GhostRow> _postsTags = Links(export, batch, "posts_tags");
    private readonly Dictionary<string, GhostRow> _postsMeta = export.Table("posts_meta").Where(r => r.Id("post_id") is not null).DistinctBy(r => r.Id("post_id")).ToDictionary(r => r.Id("post_id")!);
    private readonly GhostLinks _links = GhostLinks.Of(export.Table("posts").Where(p => p.Text("slug") is not null).Select(p => (p.Text("slug")!, IsPage(p))));

    public void AddAll()
    {
        var repeatedUuids = _posts.GroupBy(p => p.Text("uuid")).Where(g => g.Key is not null && g.Count() > 1).Select(g => g.Key).ToHashSet();
        var firstBySlug = new Dictionary<string, int>();
        foreach (var post in _posts)
        {
            var title = post.Text("title") ?? throw new ImportException(export.File, post.Name("post"), "has no title");
            var slug = ImportSlug.Of(export.File, post.Name("post"), post.Text("slug") ?? title);
            var where = post.Name("post", slug);
            if (!firstBySlug.TryAdd(slug, post.Number))
            {
                batch.Skipped.Add(new ImportSkip(where, $"post {firstBySlug[slug]} has the same slug; Ghost keeps the first"));
                continue;
            }

            // The uuid survives a rename in Ghost; where an export repeats or lacks it, the slug is the identity.
            var uuid = post.Text("uuid");
            var sourceKey = uuid is not null && Guid.TryParse(uuid, out _) && !repeatedUuids.Contains(uuid) ? $"ghost:{uuid}" : $"ghost:slug:{slug}";
            var status = Status(post, where);
            if (status == ArticleStatus.Published && post.Text("visibility") is { } visibility and not "public")
            {
                // Marquee has no paid or members-only readers yet: publishing such a post would give its body to everyone.
                status = ArticleStatus.Draft;
                batch.Skipped.Add(new ImportSkip(where, $"is for '{visibility}' readers only, which Marquee does not have; imported unpublished"));
            }

            var body = GhostBody.From(post, _links, reason => batch.Skipped.Add(new ImportSkip(where, reason)));
            if (IsPage(post))
            {
                batch.Pages.Add(new ImportRecord<StaticPageInput>(where, new StaticPageInput(
                    slug, title.Trim(), body, status == ArticleStatus.Published, Meta(post, "meta_description"), sourceKey)));
            }
            else
            {
                batch.Articles.Add(new ImportRecord<ArticleInput>(where, Article(post, where, title, slug, sourceKey, status, body)));
            }
        }
    }

    private ArticleInput Article(GhostRow post, string where, string title, string slug, string sourceKey, ArticleStatus status, string body)
    {
        var publishedAt = post.Time("published_at") ?? (status == ArticleStatus.Published ? post.Time("created_at") : null);
        if (status == ArticleStatus.Published && publishedAt is null)
        {
            throw new ImportException(export.File, where, "is published but has no valid published_at or created_at");
        }

        return new ArticleInput
        {
            SourceKey = sourceKey,
            Slug = slug,
            Headline = title.Trim(),
            BodyMarkdown = body,
            Excerpt = post.Text("custom_excerpt"),
            Status = status,
            IsTopStory = post.Flag("featured"),
            PublishedAt = publishedAt,
            SourceModifiedAt = post.Time("updated_at"),
            AuthorSlugs = people.AuthorSlugs(where, Byline(post)),
            TagSlugs = people.TagSlugs(where, _postsTags[post.Id()].Select(r => r.Id("tag_id"))),
            FeatureImage = FeatureImage(post, where),
            SeoTitle = Meta(post, "meta_title"),
            SeoDescription = Meta(post, "meta_description"),
        };
    }

    private static bool IsPage(GhostRow post) => post.Flag("page") || post.Text("type") == "page";

    /// <summary>Ghost ids of a post's authors in byline order: posts_authors since 1.22, the post's one author_id before.</summary>
    private IEnumerable<string?> Byline(GhostRow post) =>
        _postsAuthors[post.Id()] is var rows && rows.Any() ? rows.Select(r => r.Id("author_id"))
        : post.Id("author_id") is { } only ? [only] : [];

    /// <summary>A link table by post, in Ghost's sort_order (file order where it has none); rows for posts not in the file are reported.</summary>
    private static ILookup<string?, GhostRow> Links(GhostExport export, ImportBatch batch, string table)
    {
        var rows = export.Table(table);
        var postIds = export.Table("posts").Select(p => p.Id()).OfType<string>().ToHashSet();
        foreach (var orphan in rows.Where(r => r.Id("post_id") is not { } id || !postIds.Contains(id)))
        {
            batch.Skipped.Add(new ImportSkip($"{table} row {orphan.Number}", $"links post {orphan.Id("post_id") ?? "null"}, which is not in the file; link dropped"));
        }

        return rows.OrderBy(r => r.Order).ToLookup(r => r.Id("post_id"));
    }

    private ArticleStatus Status(GhostRow post, string where) => post.Text("status") switch
    {
        "published" => ArticleStatus.Published,
        // "sent" (Ghost 5) went out by email only and was never on the site.
        null or "draft" or "scheduled" or "sent" => ArticleStatus.Draft,
        var other => throw new ImportException(export.File, where, $"status '{other}' is not published, draft, scheduled or sent"),
    };

    private FeatureImage? FeatureImage(GhostRow post, string where)
    {
        if (GhostUrls.Read(post, where, batch, "feature_image", "image") is not { } url)
        {
            return null;
        }

        var caption = Meta(post, "feature_image_caption") is { } html ? Tags().Replace(html, "").Trim() : null;
        var credit = caption is not null && CreditLike().IsMatch(caption) ? caption : Uncredited;
        return new FeatureImage(url, Meta(post, "feature_image_alt"), caption, credit);
    }

    /// <summary>Ghost moved SEO and image fields from posts to posts_meta in 2.x; read either.</summary>
    private string? Meta(GhostRow post, string column) =>
        post.Text(column) ?? (post.Id() is { } id && _postsMeta.TryGetValue(id, out var meta) ? meta.Text(column) : null);

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"photo(graph)? (by|credit)|courtesy|credit:|\S/\S|getty|unsplash|shutterstock|reuters|\bAP\b", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLike();
}

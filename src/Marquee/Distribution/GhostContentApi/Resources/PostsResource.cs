using System.Text.Json.Nodes;
using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.Photos;
using Marquee.Content.Galleries;
using Marquee.Distribution.GhostContentApi.Nql;

namespace Marquee.Distribution.GhostContentApi.Resources;

/// <summary>/posts: published articles, newest first, with their tags and authors on request.</summary>
public sealed class PostsResource(ArticleQueries articles, GalleryQueries galleries, EmbeddedGalleries embedded, InlinePhotoQueries inlinePhotos) : GhostResource<Article>(Shape)
{
    private static readonly GhostResourceShape<Article> Shape = new(
        "posts",
        "Post",
        GhostIdKind.Post,
        a => a.Id,
        a => a.Slug,
        new NqlFields<Article>()
            .Id("id", GhostIdKind.Post, a => a.Id)
            .Text("slug", a => a.Slug)
            .Text("title", a => a.Headline)
            .Text("visibility", a => "public")
            .Flag("featured", a => a.IsTopStory)
            .Date("published_at", a => a.PublishedAt!.Value)
            .Date("updated_at", a => a.UpdatedAt)
            .Date("created_at", a => a.CreatedAt)
            .Related("tag", slugs => a => a.Tags.Any(t => slugs.Contains(t.Tag.Slug)))
            .Related("tags", slugs => a => a.Tags.Any(t => slugs.Contains(t.Tag.Slug)))
            .Related("tags.slug", slugs => a => a.Tags.Any(t => slugs.Contains(t.Tag.Slug)))
            .Related("primary_tag", slugs => a => a.Tags.Any(t => t.Position == 0 && slugs.Contains(t.Tag.Slug)))
            .Related("author", slugs => a => a.Authors.Any(x => slugs.Contains(x.Author.Slug)))
            .Related("authors", slugs => a => a.Authors.Any(x => slugs.Contains(x.Author.Slug)))
            .Related("authors.slug", slugs => a => a.Authors.Any(x => slugs.Contains(x.Author.Slug)))
            .Related("primary_author", slugs => a => a.Authors.Any(x => x.Position == 0 && slugs.Contains(x.Author.Slug))),
        new GhostOrder<Article>("published_at desc", a => a.Id)
            .By("published_at", a => a.PublishedAt)
            .By("updated_at", a => a.UpdatedAt)
            .By("created_at", a => a.CreatedAt)
            .By("title", a => a.Headline)
            .By("slug", a => a.Slug)
            .By("featured", a => a.IsTopStory));

    protected override IQueryable<Article> Visible() => articles.Published(ArticleFilter.All);

    protected override async Task<IReadOnlyList<JsonObject>> ToJsonAsync(IReadOnlyList<Article> items, ContentApiRequest request, CancellationToken cancellationToken)
    {
        var ids = items.Select(a => a.Id).ToList();
        var tags = request.Include.Contains("tags") ? await articles.TagsOfAsync(ids, cancellationToken) : null;
        var authors = request.Include.Contains("authors") ? await articles.AuthorProfilesOfAsync(ids, cancellationToken) : null;
        var embeds = await embedded.ResolveAsync(items.Select(a => a.BodyHtml), cancellationToken);
        var photos = await inlinePhotos.FindAsync(items.Select(a => a.BodyHtml), cancellationToken);
        var covers = await galleries.CoversAsync([.. items.Where(a => a.Kind == ArticleKind.Gallery && a.FeatureImageUrl is null).Select(a => a.Id)], cancellationToken);
        return items.Select(article =>
        {
            var html = photos.OffSite(embeds.AsLinks(article.BodyHtml), request.Url(""));
            var json = Post(article, html, ImageOf(article, covers.GetValueOrDefault(article.Id))).ToJson(request);
            AddRelated(json, "tags", "primary_tag", tags?[article.Id].Select(t => GhostPeople.Tag(t, request)));
            AddRelated(json, "authors", "primary_author", authors?[article.Id].Select(au => GhostPeople.Author(au, request)));
            return json;
        }).ToList();
    }

    private static GhostPost Post(Article a, string html, FeatureImage? image) =>
        new(GhostIdKind.Post, a.Id, a.Headline, a.Slug, html, a.Dek ?? a.Excerpt, a.Excerpt ?? a.Dek, image, a.IsTopStory, a.CreatedAt, a.UpdatedAt, a.PublishedAt!.Value, a.SeoTitle, a.SeoDescription, ArticlePaths.Of(a.Kind, a.Slug));

    /// <summary>The post's own feature image; a gallery without one shows its cover, with alt text and credit, as Ghost front ends expect of a post.</summary>
    private static FeatureImage? ImageOf(Article a, GalleryCover? cover) =>
        a.FeatureImageUrl is not null ? new FeatureImage(a.FeatureImageUrl, a.FeatureImageAlt, a.FeatureImageCaption, a.FeatureImageCredit)
        : cover is not null ? GalleryImages.Of(cover.Photo)
        : null;

    /// <summary>`include=tags` adds the list and its first as primary_tag, as Ghost does; likewise for authors.</summary>
    private static void AddRelated(JsonObject post, string list, string primary, IEnumerable<JsonObject>? related)
    {
        if (related is null)
        {
            return;
        }

        var items = related.ToList();
        post[list] = new JsonArray([.. items]);
        post[primary] = items.Count == 0 ? null : items[0].DeepClone();
    }
}

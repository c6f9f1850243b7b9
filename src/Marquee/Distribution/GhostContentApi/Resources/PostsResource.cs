using System.Text.Json.Nodes;
using Marquee.Content.Articles;
using Marquee.Content.Galleries;
using Marquee.Content.Outbound;
using Marquee.Distribution.GhostContentApi.Nql;

namespace Marquee.Distribution.GhostContentApi.Resources;

/// <summary>/posts: published articles, newest first, with their tags and authors on request; a live story with its newest entries.</summary>
public sealed class PostsResource(ArticleQueries articles, OutboundArticles outbound, GhostLiveStories live) : GhostResource<Article>(Shape)
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
        var (withTags, withAuthors) = (request.Include.Contains("tags"), request.Include.Contains("authors"));
        var posts = await outbound.OfAsync(items, request.Url(""), withTags || withAuthors, cancellationToken);
        var liveStories = await live.OfAsync(posts, request.Url(""), cancellationToken);
        return posts.Select(article =>
        {
            var json = liveStories.With(Post(article)).ToJson(request);
            AddRelated(json, "tags", "primary_tag", withTags ? article.Tags.Select(t => GhostPeople.Tag(t, request)) : null);
            AddRelated(json, "authors", "primary_author", withAuthors ? article.Authors.Select(au => GhostPeople.Author(au, request)) : null);
            return json;
        }).ToList();
    }

    /// <summary>A gallery without a feature image shows its cover, with alt text and credit, as Ghost front ends expect of a post.</summary>
    private static GhostPost Post(OutboundArticle a) =>
        new(GhostIdKind.Post, a.Id, a.Headline, a.Slug, a.BodyHtml, a.Dek ?? a.HandWrittenExcerpt, a.Excerpt ?? a.Dek, a.FeatureImage ?? (a.Cover is { } cover ? GalleryImages.Of(cover.Photo) : null),
            a.IsTopStory, a.CreatedAt, a.UpdatedAt, a.PublishedAt, a.SeoTitle, a.SeoDescription, a.Path);

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

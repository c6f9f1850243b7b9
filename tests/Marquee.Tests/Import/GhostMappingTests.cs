using Marquee.Content.Articles;
using Marquee.Import;
using Marquee.Import.Ghost;

namespace Marquee.Tests.Import;

/// <summary>How Ghost's fields become Marquee's, on small hand-made exports where each field is seen on its own.</summary>
public sealed class GhostMappingTests : IDisposable
{
    private readonly ScratchFolder _scratch = new("marquee-ghost-mapping-");

    [Fact]
    public async Task Posts_meta_gives_image_alt_caption_credit_and_seo_and_the_post_gives_excerpt_and_top_story()
    {
        var file = await _scratch.WriteAsync("""
            {"db":[{"meta":{"version":"4.1.0"},"data":{
              "posts":[{"id":"p1","uuid":"0b0d1c8e-1111-4a4a-9b9b-000000000001","title":" Pink Wins ","slug":"pink-wins","type":"post","status":"published",
                        "featured":true,"custom_excerpt":"She did.","published_at":"2017-11-20T01:00:00.000Z","html":"<p>Yes.</p>",
                        "feature_image":"__GHOST_URL__/content/images/pink.jpg"}],
              "posts_meta":[{"id":"m1","post_id":"p1","feature_image_alt":"Pink on stage","feature_image_caption":"<span>Photo by Kevin Winter/Getty Images</span>",
                             "meta_title":"Pink wins at the AMAs","meta_description":"The night's big winner."}]}}]}
            """);

        var article = new GhostFormat().Read(file).Articles.Single().Item;

        Assert.Equal(("ghost:0b0d1c8e-1111-4a4a-9b9b-000000000001", "Pink Wins", "She did.", true), (article.SourceKey, article.Headline, article.Excerpt, article.IsTopStory));
        Assert.Equal(new FeatureImage("/content/images/pink.jpg", "Pink on stage", "Photo by Kevin Winter/Getty Images", "Photo by Kevin Winter/Getty Images"), article.FeatureImage);
        Assert.Equal(("Pink wins at the AMAs", "The night's big winner."), (article.SeoTitle, article.SeoDescription));
    }

    [Fact]
    public async Task A_members_or_paid_post_is_imported_unpublished_and_said_so_and_a_public_one_stays_published()
    {
        var file = await _scratch.WriteAsync("""
            {"meta":{"version":"5.0.0"},"data":{"posts":[
              {"title":"For Members","slug":"for-members","status":"published","visibility":"members","published_at":"2024-01-01T00:00:00.000Z","html":"<p>Secret.</p>"},
              {"title":"For Payers","slug":"for-payers","status":"published","visibility":"paid","published_at":"2024-01-01T00:00:00.000Z","html":"<p>Secret.</p>"},
              {"title":"For All","slug":"for-all","status":"published","visibility":"public","published_at":"2024-01-01T00:00:00.000Z","html":"<p>Open.</p>"}]}}
            """);

        var batch = new GhostFormat().Read(file);

        Assert.Equal([("for-members", ArticleStatus.Draft), ("for-payers", ArticleStatus.Draft), ("for-all", ArticleStatus.Published)], batch.Articles.Select(a => (a.Item.Slug, a.Item.Status)));
        Assert.Equal(
            [new ImportSkip("post 1 'for-members'", "is for 'members' readers only, which Marquee does not have; imported unpublished"),
                new ImportSkip("post 2 'for-payers'", "is for 'paid' readers only, which Marquee does not have; imported unpublished")],
            batch.Skipped);
    }

    [Fact]
    public async Task Ghost_0x_fields_give_the_feature_image_author_photo_and_pages()
    {
        var file = await _scratch.WriteAsync("""
            {"meta":{"version":"003"},"data":{
              "posts":[{"id":1,"uuid":"not-a-uuid","title":"Old","slug":"old","markdown":"*Hi*","image":"/content/images/old.jpg","page":0,"status":"published","author_id":7,"published_at":1388318310783},
                       {"id":2,"title":"About","slug":"about","markdown":"About us","page":1,"status":"draft","author_id":7}],
              "users":[{"id":7,"name":"Jo Writer","slug":"jo","bio":"Writes.","image":"/content/images/jo.jpg","email":"jo@example.com"}]}}
            """);

        var batch = new GhostFormat().Read(file);

        var article = batch.Articles.Single().Item;
        Assert.Equal(("ghost:slug:old", "/content/images/old.jpg", GhostPosts.Uncredited), (article.SourceKey, article.FeatureImage?.Url, article.FeatureImage?.Credit));
        Assert.Equal(["jo"], article.AuthorSlugs);
        Assert.Equal(new("jo", "Jo Writer", "Writes.", "/content/images/jo.jpg"), batch.Authors.Single().Item);
        Assert.Equal(("about", "About us", false), (batch.Pages.Single().Item.Slug, batch.Pages.Single().Item.BodyMarkdown, batch.Pages.Single().Item.IsPublished));
    }

    [Theory]
    [InlineData("published", "2020-05-01T10:00:00Z", "Published 2020-05-01T10:00:00Z")]
    [InlineData("scheduled", "2030-05-01T10:00:00Z", "Draft 2030-05-01T10:00:00Z")]
    [InlineData("draft", null, "Draft none")]
    [InlineData("sent", "2024-02-02T08:00:00Z", "Draft 2024-02-02T08:00:00Z")]
    public async Task Only_published_posts_are_published_and_a_scheduled_post_keeps_its_time(string status, string? publishedAt, string expected)
    {
        var time = publishedAt is null ? "null" : $"\"{publishedAt}\"";
        var file = await _scratch.WriteAsync($$$"""{"meta":{},"data":{"posts":[{"title":"When","status":"{{{status}}}","published_at":{{{time}}}}]}}""");

        var article = new GhostFormat().Read(file).Articles.Single().Item;

        Assert.Equal(expected, $"{article.Status} {article.PublishedAt?.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture) ?? "none"}");
    }

    [Theory]
    [InlineData("export.json", true)]
    [InlineData("EXPORT.JSON", true)]
    [InlineData("published-2014-12-19-test-1.md", false)]
    [InlineData("article.txt", false)]
    public void Only_json_files_are_taken_for_Ghost_exports_and_the_old_markdown_importer_files_are_not(string file, bool recognised)
    {
        Assert.Equal(recognised, new GhostFormat().Recognises(file));
    }

    public void Dispose() => _scratch.Dispose();
}

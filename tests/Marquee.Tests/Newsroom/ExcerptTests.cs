using Marquee.Content.Articles;
using Marquee.Content.Body;
using Marquee.Import;
using Marquee.Newsroom.Staff;

namespace Marquee.Tests.Newsroom;

/// <summary>The excerpt: a hand-written one is kept across body edits; an empty one keeps following the body.</summary>
public sealed class ExcerptTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private readonly MarqueeServer _server = newsroom.Server;

    private readonly TestContent _content = new(newsroom.Server);

    [Fact]
    public async Task An_empty_excerpt_follows_the_body_through_every_edit()
    {
        var article = await _content.ArticleAsync("Following Excerpt");
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var tab = await EditorTab.OpenAsync(editor, await _content.IdAsync(article));
        Assert.Equal("", tab.Fields["Excerpt"]);

        tab.Fields["Body"] = "A new first paragraph about the night.\n\nMore.";
        Assert.Equal(HttpStatusCode.OK, (await tab.SaveAsync()).Status);

        Assert.Equal(BodyRenderer.Excerpt(tab.Fields["Body"]), (await TestContent.LoadAsync(_server, article.Slug)).Excerpt);
        Assert.Equal("", tab.Fields["Excerpt"]);
    }

    [Fact]
    public async Task A_hand_written_excerpt_is_kept_across_body_edits_until_it_is_cleared()
    {
        var article = await _content.ArticleAsync("Kept Excerpt");
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var tab = await EditorTab.OpenAsync(editor, await _content.IdAsync(article));
        tab.Fields["Excerpt"] = "The excerpt the writer chose.";
        await tab.SaveAsync();

        tab.Fields["Body"] = "A rewritten body.";
        await tab.SaveAsync();
        var kept = (await TestContent.LoadAsync(_server, article.Slug)).Excerpt;
        tab.Fields["Excerpt"] = "";
        await tab.SaveAsync();

        Assert.Equal("The excerpt the writer chose.", kept);
        Assert.Equal("A rewritten body.", (await TestContent.LoadAsync(_server, article.Slug)).Excerpt);
    }

    [Fact]
    public async Task A_ghost_custom_excerpt_counts_as_hand_written_and_survives_an_edit_of_the_body()
    {
        var slug = TestContent.UniqueSlug("ghost-excerpt");
        var folder = Directory.CreateTempSubdirectory("marquee-excerpt-").FullName;
        var export = Path.Combine(folder, "export.json");
        await File.WriteAllTextAsync(export, $$$"""
            {"db":[{"meta":{"version":"5.0.0"},"data":{"posts":[{"id":"p1","uuid":"{{{Guid.NewGuid()}}}","title":"Imported Excerpt","slug":"{{{slug}}}",
              "type":"post","status":"published","custom_excerpt":"Ghost's custom excerpt.","published_at":"2024-05-01T10:00:00.000Z","html":"<p>Imported body.</p>"}]}}]}
            """, TestContext.Current.CancellationToken);
        await _server.Services.GetRequiredService<ImportRunner>().ImportAsync(export, "ghost", progress: null, TestContext.Current.CancellationToken);
        Directory.Delete(folder, recursive: true);
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var tab = await EditorTab.OpenAsync(editor, (await TestContent.LoadAsync(_server, slug)).Id);
        Assert.Equal("Ghost's custom excerpt.", tab.Fields["Excerpt"]);

        tab.Fields["Body"] = "Edited in the newsroom.";
        await tab.SaveAsync();

        Assert.Equal("Ghost's custom excerpt.", (await TestContent.LoadAsync(_server, slug)).Excerpt);
    }
}

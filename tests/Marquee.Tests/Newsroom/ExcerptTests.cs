using System.Net;
using Marquee.Content.Articles;
using Marquee.Content.Body;
using Marquee.Newsroom.Staff;
using Marquee.Tests.Infrastructure;

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
    public async Task An_imported_excerpt_counts_as_hand_written_and_survives_an_edit_of_the_body()
    {
        // What the Ghost importer hands over for custom_excerpt (GhostMappingTests): an Excerpt on the input.
        var article = await _content.ArticleAsync("Imported Excerpt", configure: a => a with { Excerpt = "Ghost's custom excerpt." });
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var tab = await EditorTab.OpenAsync(editor, await _content.IdAsync(article));
        Assert.Equal("Ghost's custom excerpt.", tab.Fields["Excerpt"]);

        tab.Fields["Body"] = "Edited in the newsroom.";
        await tab.SaveAsync();

        Assert.Equal("Ghost's custom excerpt.", (await TestContent.LoadAsync(_server, article.Slug)).Excerpt);
    }
}

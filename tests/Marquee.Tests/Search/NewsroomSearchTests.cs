using System.Globalization;
using Marquee.Newsroom.Staff;

namespace Marquee.Tests.Search;

/// <summary>The newsroom's article list searches the same index as readers do: a published story by a word of its body or a tag's name.</summary>
public sealed class NewsroomSearchTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    [Fact]
    public async Task The_article_list_finds_a_story_by_its_body_and_its_tags()
    {
        var (word, name) = (UniqueWords.Next(), UniqueWords.Name());
        var content = new TestContent(server);
        var tag = await content.TagAsync(name);
        var story = await content.ArticleAsync("Nothing In This Headline", tags: [tag], configure: a => a with { BodyMarkdown = $"Only the body says {word}." });
        var id = (await content.IdAsync(story)).ToString(CultureInfo.InvariantCulture);
        using var editor = await StaffSession.SignInAsync(server, StaffRole.Editor);

        var byBody = await editor.PageAsync($"/newsroom/articles?Search={word}");
        var byTag = await editor.PageAsync($"/newsroom/articles?Search={name}");

        Assert.Equal([id], byBody.QuerySelectorAll("tr[data-article-id]").Select(r => r.GetAttribute("data-article-id")));
        Assert.Equal([id], byTag.QuerySelectorAll("tr[data-article-id]").Select(r => r.GetAttribute("data-article-id")));
    }
}

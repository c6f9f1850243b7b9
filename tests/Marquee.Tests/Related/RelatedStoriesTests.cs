using Marquee.Content.Articles;
using Marquee.Content.Tags;

namespace Marquee.Tests.Related;

/// <summary>The stories under an article: shared people and events weigh more than shared topics, the newest first among equals, never the story itself or a channel's, kept fresh in the cached page.</summary>
public sealed class RelatedStoriesTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private TestContent Content { get; } = new(server);

    [Fact]
    public async Task A_shared_person_or_event_outweighs_a_shared_topic_and_the_newest_comes_first_among_equals()
    {
        var (person, show, topic) = (await Content.TagAsync("Pink", TagKind.Person), await Content.TagAsync("2017 AMAs", TagKind.Event), await Content.TagAsync("Red Carpet"));
        var story = await Content.ArticleAsync("Pink Opens the AMAs", tags: [person, show, topic]);
        await StoryAsync("Topic Only, Today", [topic], days: 0);
        await StoryAsync("Pink, Last Week", [person], days: 7);
        await StoryAsync("AMAs, Yesterday", [show], days: 1);
        await StoryAsync("Pink at the AMAs, Last Year", [person, show], days: 365);
        await StoryAsync("Pink, Red Carpet, Two Years Ago", [person, topic], days: 730);

        var related = await RelatedAsync(story.Slug);

        Assert.Equal(["Pink at the AMAs, Last Year", "Pink, Red Carpet, Two Years Ago", "AMAs, Yesterday", "Pink, Last Week"], related);
    }

    [Fact]
    public async Task Neither_the_story_itself_nor_a_draft_nor_a_story_sharing_only_a_channel_is_related()
    {
        var (person, channel) = (await Content.TagAsync("Kelly Clarkson", TagKind.Person), await Content.TagAsync("Top Stories", TagKind.Channel));
        var story = await Content.ArticleAsync("Kelly Sings", tags: [person, channel]);
        await StoryAsync("Channel Mate", [channel], days: 0);
        await Content.ArticleAsync("Kelly Draft", tags: [person], configure: a => a with { Status = ArticleStatus.Draft });
        await Content.ArticleAsync("Kelly Tomorrow", tags: [person], configure: a => a with { PublishedAt = DateTime.UtcNow.AddDays(1) });

        var page = await HtmlPage.GetAsync(server.Client, $"/news/{story.Slug}");

        Assert.Null(page.QuerySelector(".related"));
    }

    [Fact]
    public async Task The_cached_page_follows_its_related_stories_as_they_change_join_and_leave()
    {
        var person = await Content.TagAsync("Imagine Dragons", TagKind.Person);
        var story = await Content.ArticleAsync("Dragons Headline the Show", tags: [person]);
        var other = await StoryAsync("Dragons Rehearse", [person], days: 1);
        Assert.Equal(["Dragons Rehearse"], await RelatedAsync(story.Slug));

        await Content.SaveAsync(other with { Headline = "Dragons Rehearse in the Rain" });
        Assert.Equal(["Dragons Rehearse in the Rain"], await RelatedAsync(story.Slug));

        await StoryAsync("Dragons Land in LA", [person], days: 0);
        Assert.Equal(["Dragons Land in LA", "Dragons Rehearse in the Rain"], await RelatedAsync(story.Slug));

        await Content.SaveAsync(other with { Headline = "Dragons Rehearse in the Rain", Status = ArticleStatus.Unpublished });
        Assert.Equal(["Dragons Land in LA"], await RelatedAsync(story.Slug));
    }

    [Fact]
    public async Task A_story_given_other_tags_lists_what_the_new_tags_bring_at_once()
    {
        var (lizzo, harry) = (await Content.TagAsync("Lizzo", TagKind.Person), await Content.TagAsync("Harry Styles", TagKind.Person));
        var story = await Content.ArticleAsync("A Duet Is Coming", tags: [lizzo]);
        await StoryAsync("Lizzo Tours", [lizzo], days: 1);
        await StoryAsync("Harry Styles Tours", [harry], days: 1);
        Assert.Equal(["Lizzo Tours"], await RelatedAsync(story.Slug));

        await Content.SaveAsync(story with { TagSlugs = [harry] });

        Assert.Equal(["Harry Styles Tours"], await RelatedAsync(story.Slug));
    }

    private Task<ArticleInput> StoryAsync(string headline, IReadOnlyList<string> tags, int days) =>
        Content.ArticleAsync(headline, tags: tags, configure: a => a with { PublishedAt = DateTime.UtcNow.AddDays(-days) });

    private async Task<IReadOnlyList<string>> RelatedAsync(string slug)
    {
        var page = await HtmlPage.GetAsync(server.Client, $"/news/{slug}");
        return page.QuerySelectorAll(".related li a").Select(a => a.TextContent).ToList();
    }
}

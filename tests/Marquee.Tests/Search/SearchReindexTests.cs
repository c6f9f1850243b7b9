namespace Marquee.Tests.Search;

/// <summary>`marquee search reindex` rebuilds a lost or stale index from the articles, and running it again changes nothing.</summary>
public sealed class SearchReindexTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    [Fact]
    public async Task Reindex_rebuilds_an_emptied_index_and_running_it_again_gives_the_same_results()
    {
        var (word, name) = (UniqueWords.Next(), UniqueWords.Name());
        var person = await new TestContent(server).TagAsync(name, Marquee.Content.Tags.TagKind.Person);
        var story = await new TestContent(server).ArticleAsync("Rebuilt", tags: [person], configure: a => a with { BodyMarkdown = $"About {word}." });
        server.Database.Execute(TestDatabase.IsPostgres ? "DELETE FROM search_documents" : "DELETE FROM search_index");
        server.Database.Execute("DELETE FROM search_terms");
        Assert.Empty(await new SearchDriver(server).HeadlinesAsync(word));
        using var cli = new MarqueeCli(server);

        var first = await cli.RunAsync("search reindex");
        var firstFound = await new SearchDriver(server).HeadlinesAsync($"{word} {name[..5]}x{name[6..]}");
        var second = await cli.RunAsync("search reindex");

        Assert.Equal((0, "Indexed 1 published article(s)."), (first.ExitCode, first.Output.Trim()));
        Assert.Equal(first.Output, second.Output);
        Assert.Equal([story.Headline], firstFound);
        Assert.Equal(firstFound, await new SearchDriver(server).HeadlinesAsync($"{word} {name[..5]}x{name[6..]}"));
    }
}

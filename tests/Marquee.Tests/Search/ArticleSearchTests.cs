using Marquee.Content.Articles;
using Marquee.Content.Search;

namespace Marquee.Tests.Search;

/// <summary>
/// What a reader's query finds, on the configured database (SQLite, or PostgreSQL with MARQUEE_TEST_POSTGRES): words,
/// phrases, exclusions, the word being typed, misspelt names, filters, and only what is public now.
/// </summary>
public sealed class ArticleSearchTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private TestContent Content => new(server);

    private SearchDriver Search => new(server);

    [Fact]
    public async Task A_word_in_the_body_finds_the_story()
    {
        var word = UniqueWords.Next();
        var story = await Content.ArticleAsync("A Night at the Opera", configure: a => a with { BodyMarkdown = $"The tenor wore {word} velvet." });

        Assert.Equal([story.Headline], await Search.HeadlinesAsync(word));
    }

    [Fact]
    public async Task A_quoted_phrase_finds_only_the_words_in_that_order()
    {
        var (first, second) = (UniqueWords.Next(), UniqueWords.Next());
        var inOrder = await Content.ArticleAsync("In Order", configure: a => a with { BodyMarkdown = $"We saw {first} {second} on stage." });
        await Content.ArticleAsync("Apart", configure: a => a with { BodyMarkdown = $"{second} came before {first} on the night." });

        Assert.Equal([inOrder.Headline], await Search.HeadlinesAsync($"\"{first} {second}\""));
        Assert.Equal(2, (await Search.HeadlinesAsync($"{first} {second} ")).Count);
    }

    [Fact]
    public async Task A_minus_word_excludes_the_stories_holding_it()
    {
        var (shared, excluded) = (UniqueWords.Next(), UniqueWords.Next());
        var kept = await Content.ArticleAsync("Kept", configure: a => a with { BodyMarkdown = $"{shared} only." });
        await Content.ArticleAsync("Dropped", configure: a => a with { BodyMarkdown = $"{shared} and {excluded}." });

        Assert.Equal([kept.Headline], await Search.HeadlinesAsync($"{shared} -{excluded}"));
    }

    [Fact]
    public async Task The_last_word_matches_as_a_prefix_while_it_is_being_typed()
    {
        var name = UniqueWords.Name();
        var story = await Content.ArticleAsync($"{name} Wins Big");

        Assert.Equal([story.Headline], await Search.HeadlinesAsync(name[..6]));
        Assert.Empty(await Search.HeadlinesAsync(name[..6] + " "));
    }

    [Fact]
    public async Task A_misspelt_name_finds_the_story_and_says_what_it_searched_for()
    {
        var name = UniqueWords.Name();
        var person = await Content.TagAsync($"Kelly {name}", Marquee.Content.Tags.TagKind.Person);
        var story = await Content.ArticleAsync("Opening Number Leaves the Room in Tears", tags: [person]);
        var misspelt = name[..4] + (name[4] == 'x' ? 'y' : 'x') + name[5..];

        var results = await Search.FindAsync($"Kelly {misspelt}");

        Assert.Equal([story.Headline], results.Page.Items.Select(r => r.Card.Headline));
        Assert.Equal($"kelly {misspelt.ToLowerInvariant()}", results.CorrectedFrom?.ToString());
        Assert.Equal($"kelly {name.ToLowerInvariant()}", results.Query.ToString());
    }

    [Fact]
    public async Task A_name_misspelt_in_its_first_letter_is_corrected_by_trigrams_on_PostgreSQL()
    {
        Assert.SkipUnless(TestDatabase.IsPostgres, "pg_trgm is PostgreSQL's; SQLite corrects a name only from its first letter on");
        var name = UniqueWords.Name();
        var person = await Content.TagAsync($"Kelly {name}", Marquee.Content.Tags.TagKind.Person);
        var story = await Content.ArticleAsync("Second Night Brings the House Down", tags: [person]);
        var misspelt = (name[0] == 'K' ? 'C' : 'K') + name[1..];

        var results = await Search.FindAsync($"Kelly {misspelt}");

        Assert.Equal([story.Headline], results.Page.Items.Select(r => r.Card.Headline));
        Assert.Equal($"kelly {name.ToLowerInvariant()}", results.Query.ToString());
    }

    [Fact]
    public async Task A_headline_match_ranks_above_a_body_match_of_the_same_age()
    {
        var word = UniqueWords.Name();
        var inBody = await Content.ArticleAsync("Mentioned in Passing", configure: a => a with { BodyMarkdown = $"Also there: {word}, briefly, among many others in a long list of guests." });
        var inHeadline = await Content.ArticleAsync($"{word} Speaks Out");

        Assert.Equal([inHeadline.Headline, inBody.Headline], await Search.HeadlinesAsync(word));
    }

    [Fact]
    public async Task A_headline_holding_every_word_ranks_above_shorter_stories_holding_some_in_the_body()
    {
        var (person, event_) = (UniqueWords.Name(), UniqueWords.Name());
        var longBody = string.Join(' ', Enumerable.Repeat("The night went on with songs, speeches and a long list of thanks to everyone involved.", 40));
        var inHeadline = await Content.ArticleAsync($"{person} Opens the {event_}", configure: a => a with { BodyMarkdown = longBody });
        var partly = await Content.ArticleAsync($"{person} Looks Back", configure: a => a with { BodyMarkdown = $"Then the {event_}." });

        Assert.Equal([inHeadline.Headline, partly.Headline], await Search.HeadlinesAsync($"{person} {event_} "));
    }

    [Fact]
    public async Task This_weeks_story_ranks_above_a_better_match_from_2017()
    {
        var word = UniqueWords.Name();
        var old = await Content.ArticleAsync($"{word} {word}: The Full Story", configure: a => a with { PublishedAt = new DateTime(2017, 11, 19, 20, 0, 0, DateTimeKind.Utc), BodyMarkdown = $"{word} said {word} again." });
        var fresh = await Content.ArticleAsync("This Week's Red Carpet", configure: a => a with { PublishedAt = DateTime.UtcNow.AddDays(-2), BodyMarkdown = $"Guests included {word}." });

        Assert.Equal([fresh.Headline, old.Headline], await Search.HeadlinesAsync(word));
    }

    [Fact]
    public async Task Filters_narrow_by_tag_section_author_and_dates()
    {
        var word = UniqueWords.Next();
        var tag = await Content.TagAsync("Awards");
        var section = await Content.TagAsync("Music", Marquee.Content.Tags.TagKind.Section);
        var author = await Content.AuthorAsync("Jess Cohen");
        var tagged = await Content.ArticleAsync("Tagged", tags: [tag], configure: a => a with { BodyMarkdown = word, PublishedAt = new DateTime(2024, 3, 1, 12, 0, 0, DateTimeKind.Utc) });
        var sectioned = await Content.ArticleAsync("Sectioned", tags: [section], configure: a => a with { BodyMarkdown = word, PublishedAt = new DateTime(2024, 3, 2, 12, 0, 0, DateTimeKind.Utc) });
        var bylined = await Content.ArticleAsync("Bylined", authors: [author], configure: a => a with { BodyMarkdown = word, PublishedAt = new DateTime(2024, 3, 3, 12, 0, 0, DateTimeKind.Utc) });

        Assert.Equal([tagged.Headline], await Search.HeadlinesAsync(word, new SearchFilter(TagId: await IdOfTagAsync(tag))));
        Assert.Equal([sectioned.Headline], await Search.HeadlinesAsync(word, new SearchFilter(SectionId: await IdOfTagAsync(section))));
        Assert.Equal([bylined.Headline], await Search.HeadlinesAsync(word, new SearchFilter(AuthorId: await IdOfAuthorAsync(author))));
        Assert.Equal([sectioned.Headline], await Search.HeadlinesAsync(word, new SearchFilter(From: new DateOnly(2024, 3, 2), To: new DateOnly(2024, 3, 2))));
    }

    [Fact]
    public async Task A_story_is_found_once_published_and_not_after_it_is_unpublished()
    {
        var word = UniqueWords.Next();
        var draft = await Content.ArticleAsync("Coming Soon", configure: a => a with { Status = ArticleStatus.Draft, BodyMarkdown = word });
        Assert.Empty(await Search.HeadlinesAsync(word));

        await Content.SaveAsync(draft with { Status = ArticleStatus.Published });
        Assert.Equal([draft.Headline], await Search.HeadlinesAsync(word));

        await Content.SaveAsync(draft with { Status = ArticleStatus.Unpublished });
        Assert.Empty(await Search.HeadlinesAsync(word));
    }

    [Fact]
    public async Task A_scheduled_story_is_not_found_before_its_time()
    {
        var word = UniqueWords.Next();
        await Content.ArticleAsync("Embargoed", configure: a => a with { BodyMarkdown = word, PublishedAt = DateTime.UtcNow.AddHours(1) });

        Assert.Empty(await Search.HeadlinesAsync(word));
    }

    [Fact]
    public async Task Renaming_a_tag_makes_its_stories_findable_by_the_new_name()
    {
        var (before, after) = (UniqueWords.Name(), UniqueWords.Name());
        var tag = await Content.TagAsync(before);
        var story = await Content.ArticleAsync("Tagged Story", tags: [tag]);

        await server.WriteAsync((services, ct) => services.GetRequiredService<Marquee.Content.Tags.SaveTag>().SaveAsync(new Marquee.Content.Tags.TagInput(tag, after, Marquee.Content.Tags.TagKind.Topic), ct));

        Assert.Equal([story.Headline], await Search.HeadlinesAsync(after));
        Assert.Empty(await Search.HeadlinesAsync($"{before} "));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("kelly\"")]
    [InlineData("\"kelly clarkson")]
    [InlineData("*")]
    [InlineData("kel*")]
    [InlineData("NEAR(kelly clarkson)")]
    [InlineData("(kelly")]
    [InlineData("headline:kelly")]
    [InlineData("^kelly")]
    [InlineData("kelly AND OR NOT")]
    [InlineData("-")]
    [InlineData("-kelly")]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("kelly\u0000clarkson")]
    [InlineData("\u0002\u0003")]
    [InlineData("!!! ::: ???")]
    public async Task Hostile_syntax_is_searched_as_text(string text)
    {
        var results = await Search.FindAsync(text);

        Assert.NotNull(results.Page);
    }

    [Fact]
    public async Task Snippets_mark_the_match_and_encode_everything_else()
    {
        var word = UniqueWords.Next();
        await Content.ArticleAsync("Escaped", configure: a => a with { BodyMarkdown = $"Fans wrote `<script>alert(1)</script>` beside {word} & more." });

        var snippet = (await Search.FindAsync(word)).Page.Items.Single().Snippet!.Value!;

        Assert.Contains($"<mark>{word}</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain('<', snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal));
    }

    private async Task<long> IdOfTagAsync(string slug)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<Marquee.Content.Tags.TagQueries>().FindBySlugAsync(slug, TestContext.Current.CancellationToken))!.Id;
    }

    private async Task<long> IdOfAuthorAsync(string slug)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<Marquee.Content.Authors.AuthorQueries>().FindBySlugAsync(slug, TestContext.Current.CancellationToken))!.Id;
    }
}

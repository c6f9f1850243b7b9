using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Storage;

namespace Marquee.Tests.Content;

public sealed class SaveArticleTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private readonly TestContent _content = new(server);

    [Fact]
    public async Task Saving_the_same_article_twice_changes_nothing()
    {
        var article = await _content.ArticleAsync("Same Twice");

        Assert.Equal(SaveOutcome.Unchanged, await _content.SaveAsync(article));
    }

    [Fact]
    public async Task A_slug_taken_by_another_article_is_refused()
    {
        var first = await _content.ArticleAsync("First Owner");
        var second = await _content.ArticleAsync("Second Owner");

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => _content.SaveAsync(second with { Slug = first.Slug }));

        Assert.Equal($"slug '{first.Slug}' is already used by another article", error.Message);
    }

    public static TheoryData<string, Func<ArticleInput, ArticleInput>> BadInputs => new()
    {
        { "headline is empty", a => a with { Headline = "  " } },
        { "must be lower-case letters", a => a with { Slug = "Not A Slug" } },
        { "body is longer than 2000000 characters", a => a with { BodyMarkdown = new string('x', ArticleInputRules.MaxBodyLength + 1) } },
        { "author 'nobody-at-all' does not exist", a => a with { AuthorSlugs = ["nobody-at-all"] } },
        { "tag 'no-such-tag' does not exist", a => a with { TagSlugs = ["no-such-tag"] } },
        { "a published article needs a publish time", a => a with { PublishedAt = null } },
        { "the feature image has no credit", a => a with { FeatureImage = new FeatureImage("/x.jpg", "alt", "caption", null) } },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_refused_with_a_reason_and_nothing_is_saved(string reason, Func<ArticleInput, ArticleInput> spoil)
    {
        var input = spoil(new ArticleInput { Slug = TestContent.UniqueSlug("bad"), Headline = "Bad", Status = ArticleStatus.Published, PublishedAt = DateTime.UtcNow });
        var before = CountArticles();

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => _content.SaveAsync(input));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, CountArticles());
    }

    [Fact]
    public async Task A_failure_later_in_a_transaction_undoes_the_earlier_saves()
    {
        var good = new ArticleInput { Slug = TestContent.UniqueSlug("good"), Headline = "Good" };
        var bad = new ArticleInput { Slug = TestContent.UniqueSlug("bad"), Headline = "" };
        var before = CountArticles();

        await Assert.ThrowsAsync<ContentValidationException>(() => server.WriteAsync(async (services, ct) =>
        {
            await services.GetRequiredService<SaveArticle>().SaveAsync(good, ChangedBy.Import, ct);
            return await services.GetRequiredService<SaveArticle>().SaveAsync(bad, ChangedBy.Import, ct);
        }));

        Assert.Equal(before, CountArticles());
    }

    private int CountArticles()
    {
        using var scope = server.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<MarqueeDbContext>().Articles.Count();
    }
}

using Marquee.Content.Articles;

namespace Marquee.Tests.Content;

/// <summary>"Public now" has one definition in two forms: the query's expression and the loaded article's method agree.</summary>
public sealed class PublicNowTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 12, 0, 0, DateTimeKind.Utc);

    public static TheoryData<ArticleStatus, DateTime?, bool> Cases => new()
    {
        { ArticleStatus.Published, Now.AddMinutes(-1), true },
        { ArticleStatus.Published, Now, true },
        { ArticleStatus.Published, Now.AddMinutes(1), false },
        { ArticleStatus.Published, null, false },
        { ArticleStatus.Draft, Now.AddMinutes(-1), false },
        { ArticleStatus.Unpublished, Now.AddMinutes(-1), false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_query_form_and_the_article_form_give_the_same_answer(ArticleStatus status, DateTime? publishedAt, bool expected)
    {
        var article = new Article { Slug = "s", Headline = "h", Status = status, PublishedAt = publishedAt };

        Assert.Equal(expected, article.IsPublicAt(Now));
        Assert.Equal(expected, Article.PublicAt(Now).Compile()(article));
    }
}

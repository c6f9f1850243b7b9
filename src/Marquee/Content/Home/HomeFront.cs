using Marquee.Content.Articles;

namespace Marquee.Content.Home;

/// <summary>What a home rail knows of the page it is on: which page of home, and the top stories shown above it (never to repeat).</summary>
public sealed record HomeFront(int Page, IReadOnlyList<ArticleCard> TopStories)
{
    public const int TopStoryCount = 4;

    public bool Shows(ArticleCard card) => TopStories.Any(top => top.Id == card.Id);
}

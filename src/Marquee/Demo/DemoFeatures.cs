using Marquee.Content.Articles;

namespace Marquee.Demo;

/// <summary>Photos (shipped in wwwroot/demo) and top-story placement for the demo articles.</summary>
internal static class DemoFeatures
{
    public static readonly IReadOnlyList<DemoFeature> All =
    [
        new("pink-and-kelly-clarksons-opening-performance-at-the-2017-american-music-awards-will-leave-you-in-tears", "/demo/amas-stage.svg", IsTopStory: true),
    ];

    /// <summary>The article with its demo photo and placement, when the demo has any for it.</summary>
    public static ArticleInput ApplyTo(ArticleInput article)
    {
        var feature = All.FirstOrDefault(f => f.Slug == article.Slug);
        if (feature is null)
        {
            return article;
        }

        var image = article.FeatureImage ?? new FeatureImage(null, null, null, null);
        return article with { FeatureImage = image with { Url = feature.ImageUrl }, IsTopStory = feature.IsTopStory };
    }
}

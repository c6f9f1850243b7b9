using Marquee.Content.Articles;

namespace Marquee.Demo;

/// <summary>Photos (shipped in wwwroot/demo) and top-story placement for the demo articles; the seed is the newest top story, so it leads the home page.</summary>
internal static class DemoFeatures
{
    public static readonly IReadOnlyList<DemoFeature> All =
    [
        new("pink-and-kelly-clarksons-opening-performance-at-the-2017-american-music-awards-will-leave-you-in-tears", "/demo/amas-stage.svg", IsTopStory: true),
        new("the-morning-after-the-amas-five-moments-everyone-is-still-talking-about", "/demo/confetti-finale.svg", IsTopStory: false),
        new("red-carpet-recap-the-gowns-the-suits-and-the-risks-that-paid-off", "/demo/red-carpet.svg", IsTopStory: false),
        new("holiday-box-office-preview-the-films-fighting-for-your-thanksgiving-weekend", "/demo/cinema-marquee.svg", IsTopStory: false),
        new("why-everyone-is-still-arguing-about-last-nights-season-finale", "/demo/tv-set.svg", IsTopStory: true),
        new("the-runway-looks-that-will-be-on-every-red-carpet-next-year", "/demo/runway.svg", IsTopStory: true),
        new("a-stadium-tour-is-coming-dates-cities-and-how-to-get-tickets", "/demo/concert-crowd.svg", IsTopStory: false),
        new("behind-the-flash-a-night-with-the-photographers-of-the-red-carpet", "/demo/camera-flashes.svg", IsTopStory: true),
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

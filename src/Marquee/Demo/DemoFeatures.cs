namespace Marquee.Demo;

/// <summary>Photos (shipped in wwwroot/demo) and top-story placement for the demo articles.</summary>
internal static class DemoFeatures
{
    public static readonly IReadOnlyList<DemoFeature> All =
    [
        new("pink-and-kelly-clarksons-opening-performance-at-the-2017-american-music-awards-will-leave-you-in-tears", "/demo/amas-stage.svg", IsTopStory: true),
    ];
}

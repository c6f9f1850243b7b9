namespace Marquee.Demo;

/// <summary>What the demo adds to an imported article that a crawl cannot carry: its photo and top-story placement.</summary>
internal sealed record DemoFeature(string Slug, string ImageUrl, bool IsTopStory);

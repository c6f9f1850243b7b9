using Marquee.Platform.Caching;

namespace Marquee.Content.Live;

/// <summary>What a live story's pages show (decision 0055): every entry write touches <see cref="Story"/> only; coverage starting or ending also <see cref="LiveNow"/>.</summary>
public static class LiveCacheTags
{
    /// <summary>The home page's "Live now" module: which stories are live, not what their entries say.</summary>
    public const string LiveNow = "live-now";

    private const string StoryPrefix = "live-";

    /// <summary>The story's page, every page of its entries, and its update resource.</summary>
    public static string Story(long articleId) => $"{StoryPrefix}{articleId}";

    /// <summary>The live story a <see cref="Story"/> tag names, or null for any other tag (<see cref="LiveNow"/> included).</summary>
    public static long? ArticleIdOf(string tag) => CacheTags.IdAfter(StoryPrefix, tag);
}

namespace Marquee.Content.Live;

/// <summary>What a live story's pages show (decision 0055): every entry write touches <see cref="Story"/> only; coverage starting or ending also <see cref="LiveNow"/>.</summary>
public static class LiveCacheTags
{
    /// <summary>The home page's "Live now" module: which stories are live, not what their entries say.</summary>
    public const string LiveNow = "live-now";

    /// <summary>The story's page, every page of its entries, and its update resource.</summary>
    public static string Story(long articleId) => $"live-{articleId}";
}

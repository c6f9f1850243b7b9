namespace Marquee.Content.Articles;

/// <summary>The public path of an article: stories under /news/, galleries under /photos/. Every link to an article uses this.</summary>
public static class ArticlePaths
{
    public const string StoryPrefix = "/news/";

    public const string GalleryPrefix = "/photos/";

    public static string Of(ArticleKind kind, string slug) => (kind == ArticleKind.Gallery ? GalleryPrefix : StoryPrefix) + slug;
}

namespace Marquee.Content.Articles;

/// <summary>The public path of an article: stories under /news/, galleries under /photos/, live stories under /live/. Every link to an article uses this.</summary>
public static class ArticlePaths
{
    public const string StoryPrefix = "/news/";

    public const string GalleryPrefix = "/photos/";

    public const string LivePrefix = "/live/";

    public static string Of(ArticleKind kind, string slug) => kind switch
    {
        ArticleKind.Gallery => GalleryPrefix,
        ArticleKind.Live => LivePrefix,
        _ => StoryPrefix,
    } + slug;
}

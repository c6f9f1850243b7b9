namespace Marquee.Content.Articles;

public enum ArticleStatus
{
    Draft,
    Published,
    Unpublished,
}

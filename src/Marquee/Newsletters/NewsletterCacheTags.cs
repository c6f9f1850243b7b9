namespace Marquee.Newsletters;

/// <summary>What public newsletter pages show, as cache tags: a change to any list evicts the pages that list them.</summary>
public static class NewsletterCacheTags
{
    public const string Lists = "newsletter-lists";
}

namespace Marquee.Content.StaticPages;

/// <summary>Privacy policy, terms and the like: served at /p/{slug}, outside the news stream.</summary>
public sealed class StaticPage
{
    /// <summary>The public path of the page with this slug; every link to a static page uses this.</summary>
    public static string PathOf(string slug) => $"/p/{slug}";

    public long Id { get; set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    public string BodyMarkdown { get; set; } = "";

    public string BodyHtml { get; set; } = "";

    public bool IsPublished { get; set; }

    public string? SeoDescription { get; set; }

    public string? SourceKey { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

using Marquee.Content.Articles;

namespace Marquee.Distribution.Sitemaps;

/// <summary>A photo in Google's image sitemap extension. The caption carries the credit: every agency photo must show one.</summary>
public sealed record SitemapImage(string Url, string Caption, string? Title)
{
    /// <summary>Google sets no limit; this one keeps a single entry from eating the file's 50 MB.</summary>
    private const int MaxTextLength = 1000;

    public static SitemapImage? Of(FeatureImage image)
    {
        if (image.Url is null)
        {
            return null;
        }

        var credit = image.ShownCredit is null ? null : $"Photo: {image.ShownCredit}";
        var text = image.Caption ?? image.Alt;
        var caption = text is null ? credit ?? "" : credit is null ? text : $"{text} ({credit})";
        return new SitemapImage(image.Url, Cut(caption), image.Alt is null ? null : Cut(image.Alt));
    }

    private static string Cut(string text) => text.Length <= MaxTextLength ? text : text[..MaxTextLength];
}

using Marquee.Content;

namespace Marquee.Import.Wxr;

/// <summary>
/// A Marquee slug from the first of WordPress's candidates that has letters or digits: WordPress keeps a non-ASCII slug
/// percent-encoded (<c>%e6%97%a5</c>), so it is decoded first, and one with no Latin letters falls to the next candidate.
/// </summary>
internal static class WxrSlug
{
    public static string? Of(params string?[] candidates) =>
        candidates.Select(c => c is null ? "" : Slugs.From(Decoded(c))).FirstOrDefault(slug => slug.Length > 0);

    private static string Decoded(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return text;
        }
    }
}

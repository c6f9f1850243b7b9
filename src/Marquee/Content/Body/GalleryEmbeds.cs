using System.Text.RegularExpressions;

namespace Marquee.Content.Body;

/// <summary>
/// A line <c>{{gallery SLUG}}</c> alone in a body becomes a placeholder element when the body is rendered.
/// The sanitiser drops every element it does not know, so only this renderer emits one; the article page
/// expands it into the gallery's card as it is when the page renders (cover, photos, whether it is public).
/// </summary>
public static partial class GalleryEmbeds
{
    /// <summary>Rendered HTML with each embed paragraph turned into its placeholder (after sanitising, which would drop it).</summary>
    public static string ToPlaceholders(string sanitisedHtml) => EmbedParagraph().Replace(sanitisedHtml, m => Placeholder(m.Groups["slug"].Value));

    /// <summary>The slugs of the galleries a rendered body embeds, in order, each once.</summary>
    public static IReadOnlyList<string> SlugsIn(string bodyHtml) => [.. Placeholders().Matches(bodyHtml).Select(m => m.Groups["slug"].Value).Distinct()];

    /// <summary>
    /// The body as it travels off the site (feeds, the Content API, Apple News), where no card is rendered: each
    /// placeholder becomes a plain link to the gallery (at <paramref name="pathOf"/> its slug: where it is now), never
    /// an unknown element a reader would show as nothing.
    /// </summary>
    public static string AsLinks(string bodyHtml, Func<string, string> pathOf) =>
        Placeholders().Replace(bodyHtml, m => $"<p><a href=\"{pathOf(m.Groups["slug"].Value)}\">See the photos</a></p>");

    /// <summary>Where a rendered body holds a placeholder: index, length and the gallery's slug, in order.</summary>
    public static IEnumerable<(int Index, int Length, string Slug)> Find(string bodyHtml) =>
        Placeholders().Matches(bodyHtml).Select(m => (m.Index, m.Length, m.Groups["slug"].Value));

    private static string Placeholder(string slug) => $"<marquee-gallery slug=\"{slug}\"></marquee-gallery>";

    [GeneratedRegex(@"<p>\{\{gallery (?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)\}\}</p>")]
    private static partial Regex EmbedParagraph();

    [GeneratedRegex(@"<marquee-gallery slug=""(?<slug>[a-z0-9-]+)""></marquee-gallery>")]
    private static partial Regex Placeholders();
}

using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;

namespace Marquee.Content.Body;

/// <summary>
/// A paragraph that is only <c>{{photo N}}</c> or <c>{{photo N "caption"}}</c> embeds library photo N; the caption is plain
/// text, taken from the Markdown as typed. Before Markdown runs, each such line becomes a token nothing in Markdown or the
/// sanitiser changes (the caption in hex); after sanitising, the token becomes a placeholder element (the sanitiser drops
/// the element when a writer types it), every value HTML-encoded. Pages expand it into the photo as it is when they render.
/// </summary>
public static partial class PhotoEmbeds
{
    private const string Element = "marquee-photo";

    /// <summary>
    /// Each paragraph of a body that starts like an embed: the line it starts on (from 1), where it is in the source, and the
    /// embed it makes; null when it is not one (a malformed line, or inside a list or quote), which would show as text.
    /// </summary>
    public static IEnumerable<(int Line, int Start, int Length, PhotoEmbed? Embed)> Lines(string markdown) =>
        !markdown.Contains("{{photo", StringComparison.Ordinal)
            ? []
            : BodyRenderer.Paragraphs(markdown)
                .Where(p => string.CompareOrdinal(markdown, p.Start, "{{photo", 0, 7) == 0)
                .Select(p => (p.Line, p.Start, p.Length, p.TopLevel ? Parse(markdown.Substring(p.Start, p.Length)) : null));

    /// <summary>The Markdown with each embed line as its token, ready for Markdown and the sanitiser.</summary>
    public static string ToTokens(string markdown)
    {
        var source = new StringBuilder(markdown);
        foreach (var (_, start, length, embed) in Lines(markdown).Where(l => l.Embed is not null).Reverse())
        {
            source.Remove(start, length).Insert(start, Token(embed!));
        }

        return source.ToString();
    }

    /// <summary>Rendered, sanitised HTML with each token paragraph turned into its placeholder.</summary>
    public static string ToPlaceholders(string sanitisedHtml) =>
        TokenParagraph().Replace(sanitisedHtml, m => Placeholder(FromToken(m)));

    /// <summary>The numbers of the photos a rendered body embeds, in order, each once.</summary>
    public static IReadOnlyList<long> IdsIn(string bodyHtml) => [.. Placeholders().Matches(bodyHtml).Select(m => Read(m).PhotoId).Distinct()];

    /// <summary>The numbers of the photos several rendered bodies embed, each once.</summary>
    public static IReadOnlyList<long> IdsIn(IEnumerable<string> bodiesHtml) => [.. bodiesHtml.SelectMany(IdsIn).Distinct()];

    /// <summary>The body with each placeholder replaced by what <paramref name="expand"/> makes of its embed (empty for nothing).</summary>
    public static string Expand(string bodyHtml, Func<PhotoEmbed, string> expand) => Placeholders().Replace(bodyHtml, m => expand(Read(m)));

    /// <summary>Where a rendered body holds a placeholder: index, length and the embed, in order.</summary>
    public static IEnumerable<(int Index, int Length, PhotoEmbed Embed)> Find(string bodyHtml) =>
        Placeholders().Matches(bodyHtml).Select(m => (m.Index, m.Length, Read(m)));

    private static PhotoEmbed? Parse(string paragraph)
    {
        var line = Line().Match(paragraph.TrimEnd());
        if (!line.Success)
        {
            return null;
        }

        var caption = line.Groups["caption"].Value.Trim();
        return new PhotoEmbed(Id(line), caption.Length == 0 ? null : caption);
    }

    private static string Token(PhotoEmbed embed) =>
        embed.Caption is null ? $"{{{{photo {embed.PhotoId}}}}}" : $"{{{{photo {embed.PhotoId} {Convert.ToHexStringLower(Encoding.UTF8.GetBytes(embed.Caption))}}}}}";

    private static PhotoEmbed FromToken(Match token) =>
        new(Id(token), token.Groups["caption"].Success ? Encoding.UTF8.GetString(Convert.FromHexString(token.Groups["caption"].Value)) : null);

    private static string Placeholder(PhotoEmbed embed) =>
        embed.Caption is null
            ? $"<{Element} photo=\"{embed.PhotoId}\"></{Element}>"
            : $"<{Element} photo=\"{embed.PhotoId}\" caption=\"{HtmlEncoder.Default.Encode(embed.Caption)}\"></{Element}>";

    private static PhotoEmbed Read(Match placeholder) =>
        new(Id(placeholder), placeholder.Groups["caption"].Success ? WebUtility.HtmlDecode(placeholder.Groups["caption"].Value) : null);

    private static long Id(Match match) => long.Parse(match.Groups["id"].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\{\{photo (?<id>[1-9][0-9]{0,17})(?: ""(?<caption>[^\n]*)"")?\}\}$")]
    private static partial Regex Line();

    [GeneratedRegex(@"<p>\{\{photo (?<id>[1-9][0-9]{0,17})(?: (?<caption>(?:[0-9a-f]{2})+))?\}\}</p>")]
    private static partial Regex TokenParagraph();

    [GeneratedRegex(@"<marquee-photo photo=""(?<id>[0-9]+)""(?: caption=""(?<caption>[^""]*)"")?></marquee-photo>")]
    private static partial Regex Placeholders();
}

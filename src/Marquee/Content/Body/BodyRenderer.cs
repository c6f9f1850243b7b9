using Markdig;
using Marquee.Platform.Security;

namespace Marquee.Content.Body;

/// <summary>
/// Markdown in, sanitised HTML out. A pull quote is a container block:
/// <c>:::pullquote</c> … <c>:::</c>, rendered as an aside the stylesheet sets apart. A line
/// <c>{{gallery SLUG}}</c> alone embeds a gallery (<see cref="GalleryEmbeds"/>).
/// </summary>
public static class BodyRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .UseCustomContainers()
        .UseFigures()
        .Build();

    public static string ToHtml(string markdown) => GalleryEmbeds.ToPlaceholders(HtmlPolicy.Sanitize(Markdown.ToHtml(markdown, Pipeline)));

    /// <summary>Plain text of a body, for excerpts and meta descriptions.</summary>
    public static string ToPlainText(string markdown) => Markdown.ToPlainText(markdown, Pipeline).Trim();

    public static string Excerpt(string markdown, int maxLength = 280)
    {
        var text = string.Join(' ', ToPlainText(markdown).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength - 1);
        return string.Concat(text.AsSpan(0, cut > 0 ? cut : maxLength - 1), "…");
    }
}

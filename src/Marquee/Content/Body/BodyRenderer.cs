using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Marquee.Platform.Security;

namespace Marquee.Content.Body;

/// <summary>
/// Markdown in, sanitised HTML out. A pull quote is a container block:
/// <c>:::pullquote</c> … <c>:::</c>, rendered as an aside the stylesheet sets apart. A line
/// <c>{{gallery SLUG}}</c> alone embeds a gallery (<see cref="GalleryEmbeds"/>), a line <c>{{photo N}}</c> a library photo (<see cref="PhotoEmbeds"/>).
/// </summary>
public static partial class BodyRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .UseCustomContainers()
        .UseFigures()
        .Build();

    /// <summary>Markdig refuses lists, quotes and emphasis nested past its depth limit: such a body is refused at save, naming why.</summary>
    public const string TooDeep = "body nests lists, quotes or emphasis too deeply to render";

    public static string ToHtml(string markdown) =>
        PhotoEmbeds.ToPlaceholders(GalleryEmbeds.ToPlaceholders(HtmlPolicy.Sanitize(MarkdownHtml(PhotoEmbeds.ToTokens(markdown)))));

    /// <summary>
    /// Plain text of a body, for excerpts and meta descriptions: the words the sanitised body shows, so raw HTML in the
    /// Markdown (a Ghost import, a pasted form) never reaches an excerpt as markup. Embed lines are not words a reader sees.
    /// </summary>
    public static string ToPlainText(string markdown) =>
        new HtmlParser().ParseDocument(HtmlPolicy.Sanitize(MarkdownHtml(EmbedLine().Replace(markdown, "")))).Body!.TextContent.Trim();

    /// <summary>Where each paragraph of a body is in its Markdown, the line it starts on (from 1), and whether it stands at the top level (not in a list or quote).</summary>
    public static IEnumerable<(int Line, int Start, int Length, bool TopLevel)> Paragraphs(string markdown) =>
        Markdig(() => Markdown.Parse(markdown, Pipeline)).Descendants<ParagraphBlock>().Select(p => (p.Line + 1, p.Span.Start, p.Span.Length, p.Parent is MarkdownDocument));

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

    /// <summary>
    /// Renders with a renderer of its own rather than the pipeline's pooled one: Markdig returns a renderer to its pool
    /// even when a body too deeply nested threw mid-render, and that renderer, left inside a tight list, then wrote every
    /// later body's paragraphs without their &lt;p&gt;.
    /// </summary>
    private static string MarkdownHtml(string markdown)
    {
        var document = Markdig(() => Markdown.Parse(markdown, Pipeline));
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        Markdig(() => renderer.Render(document));
        return writer.ToString();
    }

    private static T Markdig<T>(Func<T> run)
    {
        try
        {
            return run();
        }
        catch (ArgumentException deep) when (deep.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            throw new ContentValidationException(TooDeep);
        }
    }

    [GeneratedRegex(@"^[ ]{0,3}\{\{(?:photo|gallery) [^\n]*\}\}[ \t]*\r?$", RegexOptions.Multiline)]
    private static partial Regex EmbedLine();
}

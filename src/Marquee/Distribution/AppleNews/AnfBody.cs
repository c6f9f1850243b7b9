using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Marquee.Web.Layout;

namespace Marquee.Distribution.AppleNews;

/// <summary>
/// Turns a stored body (sanitised HTML) into ANF components: one body component per paragraph or list,
/// headings, pull quotes from blockquotes, a photo for a lone image and a gallery for several in a row.
/// Text is rebuilt from the parsed tree in the HTML subset ANF accepts, so no other markup can pass.
/// </summary>
internal sealed class AnfBody(SiteUrls urls)
{
    private static readonly HtmlParser Parser = new();
    private readonly List<AnfComponent> _components = [];
    private readonly List<AnfImage> _images = [];

    public static IReadOnlyList<AnfComponent> From(string bodyHtml, SiteUrls urls)
    {
        var body = new AnfBody(urls);
        body.AddBlocks(Parser.ParseDocument(bodyHtml).Body!);
        body.FlushImages();
        return body._components;
    }

    private void AddBlocks(INode container)
    {
        foreach (var node in container.ChildNodes)
        {
            switch (node)
            {
                case IText text when !string.IsNullOrWhiteSpace(text.Data):
                    Add(AnfComponent.Html("body", $"<p>{AnfHtml.Encode(text.Data.Trim())}</p>"));
                    break;
                case IElement element:
                    AddBlock(element);
                    break;
            }
        }
    }

    private void AddBlock(IElement element)
    {
        switch (element.LocalName)
        {
            case "img":
                AddImage(element, null);
                break;
            case "figure":
                AddFigure(element);
                break;
            case "p" when IsOnlyImages(element):
                AddBlocks(element);
                break;
            case "p":
                AddText(AnfComponent.Html("body", $"<p>{AnfHtml.Inline(element, urls)}</p>"), element);
                break;
            case "ul" or "ol":
                AddText(AnfComponent.Html("body", AnfHtml.List(element, urls)), element);
                break;
            case "blockquote":
                AddText(AnfComponent.Plain("pullquote", AnfHtml.Text(element)), element);
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                AddText(AnfComponent.Plain($"heading{element.LocalName[1]}", AnfHtml.Text(element)), element);
                break;
            case "pre":
                AddText(AnfComponent.Html("body", $"<pre>{AnfHtml.Encode(element.TextContent)}</pre>"), element);
                break;
            case "hr":
                Add(new AnfComponent("divider"));
                break;
            default:
                AddBlocks(element);
                break;
        }
    }

    private void AddText(AnfComponent component, IElement element)
    {
        if (!string.IsNullOrWhiteSpace(element.TextContent))
        {
            Add(component);
        }
    }

    private void AddFigure(IElement figure)
    {
        var caption = figure.QuerySelector("figcaption") is { } figcaption ? CaptionOf(figcaption) : null;
        foreach (var image in figure.QuerySelectorAll("img"))
        {
            AddImage(image, caption);
        }
    }

    private void AddImage(IElement image, string? caption)
    {
        if (image.GetAttribute("src") is { Length: > 0 } src)
        {
            var text = caption ?? NonEmpty(image.GetAttribute("title")) ?? NonEmpty(image.GetAttribute("alt"));
            _images.Add(new AnfImage(urls.Absolute(src), text));
        }
    }

    private void Add(AnfComponent component)
    {
        FlushImages();
        _components.Add(component);
    }

    private void FlushImages()
    {
        if (_images.Count == 1)
        {
            _components.Add(AnfComponent.Image("photo", _images[0]));
        }
        else if (_images.Count > 1)
        {
            _components.Add(new AnfComponent("gallery") { Items = [.. _images] });
        }

        _images.Clear();
    }

    /// <summary>A figcaption whose credit is marked (<c>class="credit"</c>, as library photos are written) reads "caption (Photo: credit)" like every ANF photo.</summary>
    private static string? CaptionOf(IElement figcaption)
    {
        if (figcaption.QuerySelector(".credit") is not { } credit)
        {
            return AnfHtml.Text(figcaption);
        }

        var creditText = NonEmpty(AnfHtml.Text(credit));
        credit.Remove();
        return AnfImage.CaptionWithCredit(NonEmpty(AnfHtml.Text(figcaption)), creditText);
    }

    private static bool IsOnlyImages(IElement paragraph) =>
        paragraph.Children.Length > 0
        && paragraph.Children.All(child => child.LocalName is "img" or "br")
        && paragraph.ChildNodes.OfType<IText>().All(text => string.IsNullOrWhiteSpace(text.Data));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

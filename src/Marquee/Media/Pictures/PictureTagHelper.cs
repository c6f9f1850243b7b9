using System.Globalization;
using Marquee.Media.Photos;
using Marquee.Media.Renditions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Marquee.Media.Pictures;

/// <summary>
/// <c>&lt;photo-picture photo="…" shape="Wide" sizes="…" /&gt;</c> becomes a <c>&lt;picture&gt;</c>: AVIF,
/// then WebP, then a JPEG <c>&lt;img&gt;</c> with width and height (no layout shift), lazy unless
/// <c>eager</c> (above the fold, then also first in line), and the photo's alt text. Every value is HTML-encoded.
/// </summary>
[HtmlTargetElement("photo-picture", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PictureTagHelper : TagHelper
{
    /// <summary>The fallback src: wide enough for most layouts, small enough for old browsers on slow links.</summary>
    private const int FallbackWidth = 960;

    public Photo Photo { get; set; } = null!;

    public PhotoShape Shape { get; set; } = PhotoShape.Original;

    public string Sizes { get; set; } = "100vw";

    /// <summary>For the first image on a page: loaded at once instead of lazily.</summary>
    public bool Eager { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "picture";
        output.TagMode = TagMode.StartTagAndEndTag;
        foreach (var format in new[] { RenditionFormat.Avif, RenditionFormat.Webp })
        {
            var source = new TagBuilder("source") { TagRenderMode = TagRenderMode.SelfClosing };
            source.Attributes["type"] = format.ContentType;
            source.Attributes["srcset"] = SourceSet(format);
            source.Attributes["sizes"] = Sizes;
            output.Content.AppendHtml(source);
        }

        output.Content.AppendHtml(Image());
    }

    private TagBuilder Image()
    {
        var jpegs = RenditionPlan.For(Photo, Shape, RenditionFormat.Jpeg);
        var fallback = jpegs.LastOrDefault(r => r.Width <= FallbackWidth) ?? jpegs[0];
        var image = new TagBuilder("img") { TagRenderMode = TagRenderMode.SelfClosing };
        image.Attributes["src"] = fallback.Url;
        image.Attributes["srcset"] = SourceSet(RenditionFormat.Jpeg);
        image.Attributes["sizes"] = Sizes;
        image.Attributes["width"] = jpegs[^1].Width.ToString(CultureInfo.InvariantCulture);
        image.Attributes["height"] = jpegs[^1].Height.ToString(CultureInfo.InvariantCulture);
        image.Attributes["loading"] = Eager ? "eager" : "lazy";
        if (Eager)
        {
            // Above the fold it is the page's largest paint: fetched ahead of the scripts and styles it would queue behind.
            image.Attributes["fetchpriority"] = "high";
        }

        image.Attributes["decoding"] = "async";
        image.Attributes["alt"] = Photo.AltText ?? "";
        return image;
    }

    private string SourceSet(RenditionFormat format) =>
        string.Join(", ", RenditionPlan.For(Photo, Shape, format).Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Url} {r.Width}w")));
}

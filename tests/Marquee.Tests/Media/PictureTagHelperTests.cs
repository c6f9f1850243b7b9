using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Marquee.Media.Photos;
using Marquee.Media.Pictures;
using Marquee.Media.Renditions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Marquee.Tests.Media;

/// <summary>The &lt;picture&gt; that pages will use: AVIF, WebP, then a sized, lazy JPEG with the alt text, all escaped.</summary>
public sealed class PictureTagHelperTests
{
    private static readonly Photo Photo = new()
    {
        ContentHash = "ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12",
        Width = 1600,
        Height = 1200,
        AltText = "Pink \"on stage\" <script>",
        CreatedBy = "tests",
    };

    [Fact]
    public void Picture_offers_avif_then_webp_then_a_sized_lazy_jpeg()
    {
        var picture = Render(new PictureTagHelper { Photo = Photo, Sizes = "(min-width: 60em) 50vw, 100vw" });

        var sources = picture.QuerySelectorAll("source");
        Assert.Equal(["image/avif", "image/webp"], sources.Select(s => s.GetAttribute("type")));
        Assert.Equal(SourceSet(PhotoShape.Original, RenditionFormat.Avif), sources[0].GetAttribute("srcset"));
        Assert.Equal(SourceSet(PhotoShape.Original, RenditionFormat.Webp), sources[1].GetAttribute("srcset"));
        var image = picture.QuerySelector("img")!;
        Assert.Equal(
            (SourceSet(PhotoShape.Original, RenditionFormat.Jpeg), "/media/ab12cd34ef56ab12cd34-960.jpg", "1280", "960", "lazy", "async", "Pink \"on stage\" <script>", "(min-width: 60em) 50vw, 100vw"),
            (image.GetAttribute("srcset"), image.GetAttribute("src"), image.GetAttribute("width"), image.GetAttribute("height"), image.GetAttribute("loading"), image.GetAttribute("decoding"), image.GetAttribute("alt"), image.GetAttribute("sizes")));
        Assert.Empty(picture.QuerySelectorAll("script"));
    }

    [Fact]
    public void A_square_crop_above_the_fold_loads_eagerly_at_square_size()
    {
        var picture = Render(new PictureTagHelper { Photo = Photo, Shape = PhotoShape.Square, Eager = true });

        var image = picture.QuerySelector("img")!;
        Assert.Equal(("eager", "640", "640"), (image.GetAttribute("loading"), image.GetAttribute("width"), image.GetAttribute("height")));
        Assert.Contains("-1x1-05000500-640.jpg 640w", image.GetAttribute("srcset"), StringComparison.Ordinal);
    }

    private static string SourceSet(PhotoShape shape, RenditionFormat format) =>
        string.Join(", ", RenditionPlan.For(Photo, shape, format).Select(r => $"{r.Url} {r.Width}w"));

    private static IElement Render(PictureTagHelper helper)
    {
        var context = new TagHelperContext([], new Dictionary<object, object>(), "test");
        var output = new TagHelperOutput("photo-picture", [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        helper.Process(context, output);
        using var writer = new StringWriter();
        output.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        var document = new HtmlParser().ParseDocument($"<body>{writer}</body>");
        return Assert.Single(document.Body!.Children);
    }
}

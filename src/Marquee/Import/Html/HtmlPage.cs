using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Marquee.Import.Html;

/// <summary>A saved web page read from disk, refused when it cannot be one: too large, or binary.</summary>
internal static class HtmlPage
{
    /// <summary>Past this, a "page" is something else (a dump, a video); the largest real article pages are a few MB.</summary>
    private const long MaxBytes = 16 * 1024 * 1024;

    // Pages still come in windows-1252, Shift_JIS, GB2312…: .NET knows only the Unicode encodings until told of the rest.
    static HtmlPage() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static IHtmlDocument Load(string path)
    {
        var size = new FileInfo(path).Length;
        if (size > MaxBytes)
        {
            throw new ImportException(path, null, $"larger than {MaxBytes / 1024 / 1024} MB; a web page is a few MB at most");
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 8192)).Contains((byte)0))
        {
            throw new ImportException(path, null, "binary data, not an HTML page");
        }

        // The parser finds the encoding as a browser does: byte-order mark, then <meta charset>, then UTF-8.
        using var stream = new MemoryStream(bytes);
        return new HtmlParser().ParseDocument(stream);
    }
}

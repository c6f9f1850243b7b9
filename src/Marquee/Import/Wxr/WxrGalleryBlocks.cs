using System.Text.RegularExpressions;

namespace Marquee.Import.Wxr;

/// <summary>
/// The block editor's galleries as Marquee galleries (<see cref="WxrGalleries"/>), read before block comments, which
/// name their photos, are dropped. A block whose photos are none of the library's stays the HTML it is.
/// </summary>
internal static partial class WxrGalleryBlocks
{
    public static string Replace(string html, WxrGalleries? library) => library is null ? html : Block().Replace(html, block =>
        library.Embed(PhotoIds(block), WxrText.Plain(Caption().Match(block.Groups["inner"].Value).Groups["caption"].Value)) ?? block.Value);

    /// <summary>Its "ids" attribute (WordPress before 5.9), else its nested image blocks' ids, else its images' wp-image-N classes.</summary>
    private static IEnumerable<string> PhotoIds(Match block)
    {
        var listed = Ids().Match(block.Groups["attributes"].Value).Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (listed.Length > 0)
        {
            return listed.Select(id => id.Trim('"'));
        }

        var inner = block.Groups["inner"].Value;
        var nested = NestedImageId().Matches(inner).Select(m => m.Groups["id"].Value).ToList();
        return nested.Count > 0 ? nested : ImageClassId().Matches(inner).Select(m => m.Groups["id"].Value);
    }

    [GeneratedRegex(@"<!-- wp:gallery(?<attributes>\s+\{.*?\})?\s*-->(?<inner>.*?)<!-- /wp:gallery -->", RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex(@"""ids""\s*:\s*\[(?<ids>[^\]]*)\]")]
    private static partial Regex Ids();

    [GeneratedRegex(@"<!-- wp:image \{[^}]*?""id""\s*:\s*(?<id>\d+)")]
    private static partial Regex NestedImageId();

    [GeneratedRegex(@"\bwp-image-(?<id>\d+)\b")]
    private static partial Regex ImageClassId();

    [GeneratedRegex(@"<figcaption class=""blocks-gallery-caption[^""]*"">(?<caption>.*?)</figcaption>", RegexOptions.Singleline)]
    private static partial Regex Caption();
}

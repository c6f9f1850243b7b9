using System.Security.Cryptography;
using System.Text;
using Marquee.Content;

namespace Marquee.Import;

/// <summary>A slug for an imported name or foreign slug (Ghost allowed upper case and spaces).</summary>
internal static class ImportSlug
{
    /// <summary>The slug of the text; refuses text with nothing to make one from (a foreign system's slug must have one).</summary>
    public static string Of(string file, string where, string text)
    {
        var slug = Slugs.From(text);
        return slug.Length > 0 ? slug : throw new ImportException(file, where, $"'{text}' has no letters or digits to make a slug from");
    }

    /// <summary>
    /// The slug of the text; text with no Latin letters or digits (Chinese, Japanese, Russian) has none, so it gets the
    /// prefix and a digest of the text: stable, so importing the same page again finds the same record.
    /// </summary>
    public static string OrDigest(string text, string prefix) => Slugs.From(text) is { Length: > 0 } slug
        ? slug
        : $"{prefix}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12]}";
}

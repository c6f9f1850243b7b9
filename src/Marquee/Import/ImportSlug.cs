using Marquee.Content;

namespace Marquee.Import;

/// <summary>A slug for an imported name or foreign slug (Ghost allowed upper case and spaces); refuses text with nothing to make one from.</summary>
internal static class ImportSlug
{
    public static string Of(string file, string where, string text)
    {
        var slug = Slugs.From(text);
        return slug.Length > 0 ? slug : throw new ImportException(file, where, $"'{text}' has no letters or digits to make a slug from");
    }
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Marquee.Content;

/// <summary>URL slugs: lower-case ASCII letters, digits and single hyphens.</summary>
public static partial class Slugs
{
    public const int MaxLength = 200;

    public static bool IsValid(string slug) => slug.Length is > 0 and <= MaxLength && ValidSlug().IsMatch(slug);

    /// <summary>The slug a person typed, or, when they left it empty, one made from the name or headline.</summary>
    public static string GivenOrFrom(string? slug, string? text) => string.IsNullOrWhiteSpace(slug) ? From(text ?? "") : slug.Trim();

    public static string From(string text)
    {
        var decomposed = text.Replace("&", " and ", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        var slug = Hyphens().Replace(builder.ToString(), "-").Trim('-');
        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex ValidSlug();

    [GeneratedRegex("-{2,}")]
    private static partial Regex Hyphens();
}

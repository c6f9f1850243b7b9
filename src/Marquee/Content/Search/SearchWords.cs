using System.Globalization;
using System.Text;

namespace Marquee.Content.Search;

/// <summary>
/// What counts as a word, the same on every engine and in the spelling table: a run of letters and digits, lower-cased,
/// accents removed. Everything else a reader types (quotes aside) separates words, so no engine syntax survives.
/// </summary>
public static class SearchWords
{
    public static IEnumerable<string> Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}

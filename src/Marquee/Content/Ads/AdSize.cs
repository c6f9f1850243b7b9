using System.Globalization;

namespace Marquee.Content.Ads;

/// <summary>An ad's width and height in CSS pixels, written "300x250" as ad servers name them.</summary>
public sealed record AdSize(int Width, int Height)
{
    private const int Largest = 2000;

    public static bool IsValid(string text) => TryParse(text) is not null;

    public static AdSize Parse(string text) => TryParse(text) ?? throw new FormatException($"'{text}' is not an ad size such as 300x250.");

    private static AdSize? TryParse(string text)
    {
        var sides = text.Split('x');
        return sides.Length == 2
            && int.TryParse(sides[0], NumberStyles.None, CultureInfo.InvariantCulture, out var width) && width is >= 1 and <= Largest
            && int.TryParse(sides[1], NumberStyles.None, CultureInfo.InvariantCulture, out var height) && height is >= 1 and <= Largest
            ? new AdSize(width, height)
            : null;
    }
}

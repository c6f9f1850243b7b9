using System.Text.RegularExpressions;

namespace Marquee.Tests.Readers;

/// <summary>A page's HTML with what must differ between two readers' answers (their address, the antiforgery token) blanked out.</summary>
public static partial class ComparableAnswer
{
    public static string Of(string html, string email) => AntiforgeryValue().Replace(html.Replace(email, "ADDRESS", StringComparison.Ordinal), "TOKEN");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"")]
    private static partial Regex AntiforgeryValue();
}

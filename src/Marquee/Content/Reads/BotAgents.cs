using System.Text.RegularExpressions;

namespace Marquee.Content.Reads;

/// <summary>User agents that are not people reading: crawlers, previews, headless browsers, scripts; an empty one too.</summary>
public static partial class BotAgents
{
    public static bool Is(string? userAgent) => string.IsNullOrWhiteSpace(userAgent) || Known().IsMatch(userAgent);

    [GeneratedRegex(@"bot|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|headless|lighthouse|pingdom|monitor|curl|wget|python|java/|go-http|okhttp|node-fetch|axios|httpclient|libwww", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Known();
}

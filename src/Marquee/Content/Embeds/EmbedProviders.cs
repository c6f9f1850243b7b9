using Marquee.Platform.Security;

namespace Marquee.Content.Embeds;

/// <summary>
/// Recognises the addresses of YouTube, Vimeo, X, Instagram and TikTok posts, players included, and names each post's own
/// page: the one recogniser for entries' embeds and the importers' frames. Anything else is not an embed (a plain link).
/// </summary>
public static class EmbedProviders
{
    /// <summary>The post <paramref name="address"/> names, or null: unknown providers, malformed or disallowed URLs (javascript:, data:).</summary>
    public static EmbedLink? Recognise(string? address)
    {
        address = address?.Trim();
        if (address is null || !Uri.TryCreate(address.StartsWith("//", StringComparison.Ordinal) ? "https:" + address : address, UriKind.Absolute, out var url)
            || url.Scheme is not ("https" or "http") || !UrlPolicy.IsAllowed(url.ToString()))
        {
            return null;
        }

        var path = url.AbsolutePath.Trim('/').Split('/');
        var host = url.Host.StartsWith("www.", StringComparison.Ordinal) || url.Host.StartsWith("m.", StringComparison.Ordinal) ? url.Host[(url.Host.IndexOf('.') + 1)..] : url.Host;
        return host switch
        {
            "youtube.com" or "youtube-nocookie.com" => YouTube(path, Query(url, "v")),
            "youtu.be" when path is [var video] => YouTube(["embed", video], null),
            "vimeo.com" when path is [var video] && IsId(video) => Vimeo(video),
            "player.vimeo.com" when path is ["video", var video] && IsId(video) => Vimeo(video),
            "x.com" or "twitter.com" when path is [var user, "status", var post, ..] && IsId(post) =>
                new EmbedLink("x", "X", new Uri($"https://x.com/{Uri.EscapeDataString(user)}/status/{post}"), "View on X"),
            "instagram.com" when path is [("p" or "reel") and var kind, var post, ..] && IsSlug(post) =>
                new EmbedLink("instagram", "Instagram", new Uri($"https://www.instagram.com/{kind}/{post}/"), "View on Instagram"),
            "tiktok.com" when path is [['@', ..] and var user, "video", var video, ..] && IsId(video) =>
                new EmbedLink("tiktok", "TikTok", new Uri($"https://www.tiktok.com/{Uri.EscapeDataString(user)}/video/{video}"), "Watch on TikTok"),
            _ => null,
        };
    }

    private static EmbedLink? YouTube(string[] path, string? watched)
    {
        var video = path switch
        {
            ["watch"] => watched,
            ["embed" or "shorts" or "live", var id] => id,
            _ => null,
        };
        return video is not null && IsSlug(video)
            ? new EmbedLink("youtube", "YouTube", new Uri($"https://www.youtube.com/watch?v={video}"), "Watch on YouTube")
            : null;
    }

    private static EmbedLink Vimeo(string video) => new("vimeo", "Vimeo", new Uri($"https://vimeo.com/{video}"), "Watch on Vimeo");

    private static string? Query(Uri url, string name) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(url.Query).TryGetValue(name, out var value) ? value.ToString() : null;

    private static bool IsId(string text) => text.Length is > 0 and <= 32 && text.All(char.IsAsciiDigit);

    /// <summary>Video and post ids are letters, digits, '-' and '_': anything else in one is not a post of theirs.</summary>
    private static bool IsSlug(string text) => text.Length is > 0 and <= 64 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}

using System.Text.Json.Serialization;

namespace Marquee.Distribution.AppleNews;

/// <summary>A photo as ANF carries it (a gallery item, or a photo component's source): its absolute URL and its caption with the credit.</summary>
public sealed record AnfImage([property: JsonPropertyName("URL")] string Url, string? Caption)
{
    /// <summary>Caption and credit in one line, because ANF has no separate credit field and the credit must travel with the photo.</summary>
    public static string? CaptionWithCredit(string? caption, string? credit) =>
        (caption, credit) switch
        {
            (null, null) => null,
            (_, null) => caption,
            (null, _) => $"Photo: {credit}",
            _ => $"{caption} (Photo: {credit})",
        };
}

using System.Text.Json.Serialization;

namespace Marquee.Distribution.AppleNews;

/// <summary>
/// One Apple News Format component: text roles (title, intro, byline, body, heading2, pullquote) carry
/// <c>text</c>; image roles (figure, photo) carry <c>URL</c> and <c>caption</c>; a gallery carries <c>items</c>.
/// </summary>
public sealed record AnfComponent(string Role)
{
    public string? Text { get; init; }

    /// <summary>"html" when <see cref="Text"/> uses the HTML subset ANF accepts; absent for plain text.</summary>
    public string? Format { get; init; }

    [JsonPropertyName("URL")]
    public string? Url { get; init; }

    public string? Caption { get; init; }

    public IReadOnlyList<AnfImage>? Items { get; init; }

    public static AnfComponent Plain(string role, string text) => new(role) { Text = text };

    public static AnfComponent Html(string role, string html) => new(role) { Text = html, Format = "html" };

    public static AnfComponent Image(string role, AnfImage image) => new(role) { Url = image.Url, Caption = image.Caption };
}

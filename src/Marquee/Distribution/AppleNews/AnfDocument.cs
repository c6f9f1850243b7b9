namespace Marquee.Distribution.AppleNews;

/// <summary>An Apple News Format <c>article.json</c>: the top-level keys Apple requires, the components and the metadata.</summary>
public sealed record AnfDocument(
    string Version,
    string Identifier,
    string Title,
    string Language,
    AnfLayout Layout,
    IReadOnlyList<AnfComponent> Components,
    AnfMetadata Metadata)
{
    public string? Subtitle { get; init; }

    public object DocumentStyle { get; } = new { backgroundColor = "#FFFFFF" };

    /// <summary>Apple's defaults apply to every role not named here; these keep the body readable at the recommended sizes.</summary>
    public IReadOnlyDictionary<string, object> ComponentTextStyles { get; } = new Dictionary<string, object>
    {
        ["default"] = new { fontName = "HelveticaNeue", fontSize = 17, lineHeight = 26, textColor = "#141414" },
        ["default-title"] = new { fontName = "HelveticaNeue-Bold", fontSize = 36, lineHeight = 42 },
        ["default-pullquote"] = new { fontName = "Georgia-Italic", fontSize = 24, lineHeight = 32, textColor = "#c8102e" },
    };
}

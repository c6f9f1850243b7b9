namespace Marquee.Import.Html;

/// <summary>
/// What a page says about its article in markup meant for machines — JSON-LD, OpenGraph, <c>meta</c> — each field
/// from the first source that has it, in that order: publishers keep these right because search engines and social
/// networks read them, so they beat any guess from the visible page.
/// </summary>
public sealed record PageMetadata
{
    public string? Headline { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public DateTime? PublishedAt { get; init; }

    public DateTime? ModifiedAt { get; init; }

    public string? ImageUrl { get; init; }

    public string? ImageCaption { get; init; }

    public string? ImageCredit { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The site's own section for the story; imported as a tag, since it names none of this site's sections.</summary>
    public string? Section { get; init; }

    /// <summary>The whole body as plain text, when the publisher puts it in its JSON-LD (many news sites do).</summary>
    public string? ArticleBody { get; init; }

    public string? CanonicalUrl { get; init; }
}

namespace Marquee.Content.Body;

/// <summary>
/// A saved body rendered once per save (decision 0003): the checks read its embeds from <see cref="Html"/>, and the row
/// stores it with the excerpt (the hand-written one, else the body's opening words).
/// </summary>
public sealed record RenderedBody(string Html, string Excerpt)
{
    public static RenderedBody Of(string markdown, string? handWrittenExcerpt) =>
        new(BodyRenderer.ToHtml(markdown), handWrittenExcerpt ?? BodyRenderer.Excerpt(markdown));
}

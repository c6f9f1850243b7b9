using Marquee.Content.Body;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsroom.Articles;

/// <summary>The editor's live preview: the body as a save would render and sanitise it (the same <see cref="BodyRenderer"/>).</summary>
internal static class BodyPreview
{
    public static ContentResult Of(string? markdown) => new() { Content = BodyRenderer.ToHtml(markdown ?? ""), ContentType = "text/html; charset=utf-8" };
}

using System.Globalization;
using System.Text.Encodings.Web;

namespace Marquee.Content.Articles;

/// <summary>
/// "Correction: an earlier version misspelled …" or "Updated with her statement", shown with the story.
/// <see cref="NotedAt"/> is set by the save when the kind or text changes; what a writer hands over is ignored.
/// </summary>
public sealed record CorrectionNote(CorrectionKind Kind, string Text, DateTime? NotedAt = null)
{
    public const int MaxLength = 1000;

    /// <summary>The note as the article's columns hold it: none without a kind.</summary>
    public static CorrectionNote? Stored(CorrectionKind? kind, string? text, DateTime? notedAt) =>
        kind is { } known ? new CorrectionNote(known, text ?? "", notedAt) : null;

    /// <summary>"Correction" or "Update", as the story and the newsroom label it.</summary>
    public string Label => Kind.ToString();

    /// <summary>The same note as stored: kind and text decide, the time follows.</summary>
    public bool SaysTheSameAs(CorrectionNote? other) => other is not null && other.Kind == Kind && other.Text == Text;

    /// <summary>When the note last changed, as readers see it ("December 1, 2026, 10:45 UTC").</summary>
    public string? When => NotedAt?.ToString("MMMM d, yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The note as a paragraph to put before a story's body where no page template runs (feeds); the text is encoded.</summary>
    public string ToHtml()
    {
        var when = When is null ? "" : " " + When;
        return $"<p class=\"story-note\"><strong>{Label.ToUpperInvariant()}{when}:</strong> {HtmlEncoder.Default.Encode(Text)}</p>";
    }
}

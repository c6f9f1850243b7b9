namespace Marquee.Content.History;

/// <summary>A line of a line diff: kept, removed (only in the older text) or added (only in the newer).</summary>
public sealed record DiffLine(DiffLineKind Kind, string Text);

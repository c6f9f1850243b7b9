namespace Marquee.Content.History;

/// <summary>One field that differs between two versions; <see cref="Lines"/> is the line diff of a multi-line field (the body).</summary>
public sealed record FieldChange(string Field, string? Before, string? After, IReadOnlyList<DiffLine> Lines);

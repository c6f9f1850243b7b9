namespace Marquee.Content.History;

public enum DiffLineKind
{
    Kept,
    Removed,
    Added,
}

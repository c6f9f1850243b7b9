namespace Marquee.Web.Layout;

/// <summary>
/// What every page puts in its head: title, description, canonical path and, for a listing with feeds
/// of its own (a tag, section or author), the path its feeds hang under.
/// </summary>
public sealed record PageMeta(string Title, string? Description, string CanonicalPath, string? FeedPath = null)
{
    public const string Key = "Meta";
}

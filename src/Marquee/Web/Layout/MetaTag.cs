namespace Marquee.Web.Layout;

/// <summary>A <c>&lt;meta&gt;</c> social card tag. OpenGraph keys go in <c>property</c>, every other key in <c>name</c>.</summary>
public sealed record MetaTag(string Key, string Content)
{
    public bool IsProperty => Key.StartsWith("og:", StringComparison.Ordinal) || Key.StartsWith("article:", StringComparison.Ordinal);
}

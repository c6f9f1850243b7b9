namespace Marquee.Web.Layout;

/// <summary>What every page puts in its head: title, description and canonical path.</summary>
public sealed record PageMeta(string Title, string? Description, string CanonicalPath)
{
    public const string Key = "Meta";
}

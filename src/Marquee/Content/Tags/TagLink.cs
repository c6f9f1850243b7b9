namespace Marquee.Content.Tags;

public sealed record TagLink(long Id, string Slug, string Name, TagKind Kind)
{
    /// <summary>Sections live under /section/, every other kind under /tag/.</summary>
    public string Path => Kind == TagKind.Section ? $"/section/{Slug}" : $"/tag/{Slug}";
}

namespace Marquee.Content.Tags;

public sealed record TagLink(long Id, string Slug, string Name, TagKind Kind)
{
    public string Path => TaxonomyPaths.Tag(Slug, Kind);
}

namespace Marquee.Content.Tags;

/// <summary>What a tag names. Sections drive the site's navigation; channels drive syndication.</summary>
public enum TagKind
{
    Topic,
    Person,
    Event,
    Section,
    Channel,
}

namespace Marquee.Content;

/// <summary>Something a person picks by name and a form names by slug: a tag, an author.</summary>
public interface ISluggedName
{
    string Slug { get; }

    string Name { get; }
}

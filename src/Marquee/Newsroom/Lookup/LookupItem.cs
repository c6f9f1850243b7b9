using Marquee.Content;
using Marquee.Content.Tags;

namespace Marquee.Newsroom.Lookup;

/// <summary>One suggestion for the editor's pickers: what the chip shows, the slug the form posts, and its kind ("author", or the tag's kind).</summary>
public sealed record LookupItem(string Name, string Slug, string Kind)
{
    public static LookupItem Of(TagLink tag) => new(tag.Name, tag.Slug, tag.Kind.ToString().ToLowerInvariant());

    public static LookupItem OfAuthor(NamedLink author) => new(author.Name, author.Slug, "author");
}

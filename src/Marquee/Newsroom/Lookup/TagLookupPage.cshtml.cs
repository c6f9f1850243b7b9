using Marquee.Content.Tags;

namespace Marquee.Newsroom.Lookup;

/// <summary>Tags for the editor's tag picker, with their kind (so the editor can offer sections as the primary section).</summary>
public sealed class TagLookupPage(TagQueries tags) : LookupPage(
    async (text, token) => (await tags.SearchAsync(text, Limit, token)).Select(LookupItem.Of),
    async (slugs, token) => (await tags.BySlugsAsync(slugs, token)).Select(LookupItem.Of));

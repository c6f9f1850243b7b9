using Marquee.Content.Authors;

namespace Marquee.Newsroom.Lookup;

/// <summary>Bylines for the editor's author picker.</summary>
public sealed class AuthorLookupPage(AuthorQueries authors) : LookupPage(
    async (text, token) => (await authors.SearchAsync(text, Limit, token)).Select(LookupItem.OfAuthor),
    async (slugs, token) => (await authors.BySlugsAsync(slugs, token)).Select(LookupItem.OfAuthor));

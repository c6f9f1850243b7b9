using Marquee.Content;
using Marquee.Content.Authors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Newsroom.Taxonomy;

/// <summary>Editors: the bylines; create one or rename it through SaveAuthor (bio and photo are kept).</summary>
public sealed class AuthorsPage(AuthorQueries authors, SaveAuthor save, ContentTransaction transaction) : TaxonomyPage<Author>(transaction)
{
    public Task<IActionResult> OnPostSaveAsync() =>
        SaveAsync("Author", (slug, name, token) => save.SaveAsync(new AuthorInput(slug, name), token));

    protected override async Task<IReadOnlyList<Author>> ListAsync(CancellationToken cancellationToken) =>
        await authors.All().OrderBy(a => a.Name).ToListAsync(cancellationToken);
}

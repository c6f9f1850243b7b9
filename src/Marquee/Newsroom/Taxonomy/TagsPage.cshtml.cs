using Marquee.Content;
using Marquee.Content.Tags;
using Marquee.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Newsroom.Taxonomy;

/// <summary>Editors: the tags; create one (with a kind) or rename it through SaveTag.</summary>
public sealed class TagsPage(MarqueeDbContext db, ContentTransaction transaction) : TaxonomyPage<Tag>(transaction)
{
    /// <summary>Null keeps an existing tag's kind (a new tag becomes a topic).</summary>
    [BindProperty]
    public TagKind? Kind { get; set; }

    public Task<IActionResult> OnPostSaveAsync() =>
        SaveAsync("Tag", (services, slug, name, token) => services.GetRequiredService<SaveTag>().SaveAsync(new TagInput(slug, name, Kind), token));

    protected override async Task<IReadOnlyList<Tag>> ListAsync(CancellationToken cancellationToken) =>
        await db.Tags.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
}

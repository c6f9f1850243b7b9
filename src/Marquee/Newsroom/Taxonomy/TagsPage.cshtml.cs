using Marquee.Content;
using Marquee.Content.Tags;
using Marquee.Newsroom.Lookup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Newsroom.Taxonomy;

/// <summary>Editors: the tags; create one (with a kind) or rename it through SaveTag.</summary>
public sealed class TagsPage(TagQueries tags, SaveTag save, ContentTransaction transaction) : TaxonomyPage<Tag>(transaction)
{
    /// <summary>Null keeps an existing tag's kind (a new tag becomes a topic).</summary>
    [BindProperty]
    public TagKind? Kind { get; set; }

    public Task<IActionResult> OnPostSaveAsync() =>
        SaveAsync("Tag", (slug, name, token) => save.SaveAsync(new TagInput(slug, name, Kind), token));

    /// <summary>
    /// The editor's tag picker creating a tag on the fly, as JSON: 201 with the new tag, 200 with the tag that
    /// already has this slug (never renamed from here), 422 with the reason. Only roles that manage tags get here.
    /// </summary>
    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            return Unprocessable("a new tag needs a name");
        }

        var name = Name.Trim();
        var slug = Slugs.GivenOrFrom(Slug, name);
        if (await FindAsync(slug) is { } existing)
        {
            return new JsonResult(existing);
        }

        try
        {
            await Transaction.RunAsync(token => save.SaveAsync(new TagInput(slug, name, Kind), token), HttpContext.RequestAborted);
        }
        catch (ContentValidationException invalid)
        {
            return Unprocessable(invalid.Message);
        }

        return new JsonResult(await FindAsync(slug)) { StatusCode = StatusCodes.Status201Created };
    }

    private static JsonResult Unprocessable(string reason) => new(new { error = reason }) { StatusCode = StatusCodes.Status422UnprocessableEntity };

    private async Task<LookupItem?> FindAsync(string slug) =>
        (await tags.BySlugsAsync([slug], HttpContext.RequestAborted)).Select(LookupItem.Of).SingleOrDefault();

    protected override async Task<IReadOnlyList<Tag>> ListAsync(CancellationToken cancellationToken) =>
        await tags.All().OrderBy(t => t.Name).ToListAsync(cancellationToken);
}

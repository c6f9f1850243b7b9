using Marquee.Content;
using Marquee.Content.History;
using Marquee.Newsroom.Layout;
using Marquee.Newsroom.Workflow;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsroom.Articles;

/// <summary>What changed between two revisions of an article this person may open, field by field and the body line by line; by default the latest save.</summary>
public sealed class RevisionsPage(ReadableArticles articles, ArticleRevisions revisions) : NewsroomPageModel
{
    public long Id { get; private set; }

    public string Headline { get; private set; } = "";

    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    public IReadOnlyList<RevisionSummary> Revisions { get; private set; } = [];

    public IReadOnlyList<FieldChange> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (await articles.FindAsync(id, Actor, HttpContext.RequestAborted) is not { } article)
        {
            return NotFound();
        }

        (Id, Headline) = (article.Id, article.Fields.Headline);
        Revisions = await revisions.ListAsync(id, HttpContext.RequestAborted);
        To ??= Revisions.Count > 0 ? Revisions[0].Version : null;
        From ??= Revisions.Count > 1 ? Revisions[1].Version : To;
        if (From is not { } from || To is not { } to)
        {
            return Page();
        }

        return await AttemptAsync(async () =>
        {
            Changes = await revisions.DiffAsync(id, from, to, HttpContext.RequestAborted);
            return Page();
        });
    }
}

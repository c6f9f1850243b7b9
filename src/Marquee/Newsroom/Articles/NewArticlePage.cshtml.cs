using Marquee.Content.Articles;
using Marquee.Content.Body;
using Marquee.Newsroom.Access;
using Marquee.Newsroom.Layout;
using Marquee.Newsroom.Workflow;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsroom.Articles;

/// <summary>A new draft (a story, or with <c>?kind=gallery</c> a gallery), owned by whoever writes it; saving opens it in the editor.</summary>
public sealed class NewArticlePage(EditArticle edit, StoryBodies bodies) : NewsroomPageModel
{
    [BindProperty]
    public ArticleForm Form { get; set; } = new();

    public void OnGet(ArticleKind kind = ArticleKind.Story) => Form.Kind = kind;

    public Task<IActionResult> OnPostAsync() => AttemptAsync(async () =>
    {
        var saved = await edit.CreateAsync(Actor, Form.ToInput(), HttpContext.RequestAborted);
        return Redirect(NewsroomPaths.Article(saved.ArticleId));
    });

    /// <summary>The live preview while the first draft is written.</summary>
    public Task<IActionResult> OnPostRenderAsync() => BodyPreview.OfAsync(this, bodies, Form.Body);
}

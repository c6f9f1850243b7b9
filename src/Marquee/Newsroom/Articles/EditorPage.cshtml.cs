using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.Body;
using Marquee.Content.History;
using Marquee.Content.Previews;
using Marquee.Content.Tags;
using Marquee.Media.Photos;
using Marquee.Newsroom.Layout;
using Marquee.Newsroom.Locks;
using Marquee.Newsroom.Workflow;
using Marquee.Platform.Origin;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsroom.Articles;

/// <summary>
/// One article in the editor: its content form, the workflow moves this person may make, its audit log and
/// revisions, and its edit lock. Every change goes through the workflow services with the version and lock
/// token the form carries; a refusal re-renders the page with the reason and the person's text kept. An
/// article this person may not open answers 404 to the page and every handler, as one that does not exist.
/// </summary>
public sealed class EditorPage(
    EditableArticles articles,
    ReadableArticles readable,
    EditArticle edit,
    ChangeArticleState states,
    RestoreRevision restore,
    EditLocks locks,
    AuditLog audit,
    ArticleRevisions revisions,
    PreviewLinks previews,
    PhotoQueries photos,
    StoryBodies bodies,
    TagQueries tags,
    NewsroomTimeZone zone,
    TimeProvider clock,
    SiteOrigin origin) : NewsroomPageModel
{
    public static readonly TimeSpan PreviewLife = TimeSpan.FromDays(3);

    [BindProperty]
    public ArticleForm Form { get; set; } = new();

    public long Id { get; private set; }

    public EditorialState State { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    public DateTime? UnpublishAt { get; private set; }

    /// <summary>The lock as this tab found it on opening; null after a POST (the tab keeps its token in the form).</summary>
    public EditLock? Lock { get; private set; }

    public IReadOnlyList<EditorialState> Moves { get; private set; } = [];

    public IReadOnlyList<ArticleTransition> Audit { get; private set; } = [];

    public IReadOnlyList<RevisionSummary> Revisions { get; private set; } = [];

    /// <summary>After a stale save: the fields where the stored version (before) and this person's (after) differ.</summary>
    public IReadOnlyList<FieldChange> Conflict { get; private set; } = [];

    public string? PreviewUrl { get; private set; }

    /// <summary>Why this person may only read the article (no lock, no save), or null when they may edit it.</summary>
    public string? ReadOnly { get; private set; }

    /// <summary>A save was refused because another tab holds the lock: the page says so, and its script neither beats nor autosaves.</summary>
    public bool LockLost { get; private set; }

    public ArticleKind Kind { get; private set; }

    /// <summary>The library photos of the gallery's rows, for thumbnails and what each lacks.</summary>
    public IReadOnlyDictionary<long, Photo> GalleryPhotos { get; private set; } = new Dictionary<long, Photo>();

    /// <summary>The move waiting for its confirmation (publish, schedule, unpublish); null when none is.</summary>
    public EditorialState? Step { get; private set; }

    /// <summary>What the publish step checks before a story goes public; empty for other steps.</summary>
    public IReadOnlyList<ChecklistItem> Checklist { get; private set; } = [];

    /// <summary>The one move styled as this state's main action: publishing while the story is not out, else submitting; none once it is out (saving is).</summary>
    public EditorialState? PrimaryMove =>
        State != EditorialState.Published && Moves.Contains(EditorialState.Published) ? EditorialState.Published
        : Moves.Contains(EditorialState.InReview) ? EditorialState.InReview
        : null;

    /// <summary>The chooser's results after "Find photos"; null before any search.</summary>
    public IReadOnlyList<Photo>? FoundPhotos { get; private set; }

    private CancellationToken Aborted => HttpContext.RequestAborted;

    private OpenedArticle Opened => new(Id, Form.Version, string.IsNullOrEmpty(Form.LockToken) ? null : Form.LockToken);

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (await ReadableAsync(id) is not { } article)
        {
            return NotFound();
        }

        Lock = await locks.OpenAsync(id, Actor, Aborted);
        Form = ArticleForm.From(article, Lock.Token);
        return await ShowAsync(article);
    }

    public Task<IActionResult> OnPostSaveAsync(long id) => ChangeAsync(id, async () =>
    {
        var saved = await edit.SaveAsync(Actor, Opened, Form.ToInput(), Aborted);
        return $"Saved as version {saved.Version}.";
    });

    /// <summary>
    /// A workflow move. Publishing, scheduling and unpublishing first show their step (checklist, times, a confirm
    /// button) and happen only once confirmed; times come from datetime-local fields in the newsroom's zone.
    /// </summary>
    public async Task<IActionResult> OnPostMoveAsync(long id, EditorialState to, string? publishAt, string? unpublishAt, string? note, bool confirmed)
    {
        if (!confirmed && await ReadableAsync(id) is { } article && NeedsConfirmation(article, to))
        {
            Step = to;
            Form = ArticleForm.From(article, Form.LockToken);
            return await ShowAsync(article);
        }

        return await ChangeAsync(id, async () =>
        {
            var change = new StateChange(to, zone.ToUtc(publishAt, "publish"), zone.ToUtc(unpublishAt, "unpublish"), string.IsNullOrWhiteSpace(note) ? null : note.Trim());
            await states.MoveAsync(Actor, Opened, change, Aborted);
            return $"Now {to.Display()}.";
        });
    }

    public Task<IActionResult> OnPostRestoreAsync(long id, int revision) => ChangeAsync(id, async () =>
    {
        var saved = await restore.RestoreAsync(Actor, Opened, revision, Aborted);
        return $"Version {revision} restored as version {saved.Version}.";
    });

    /// <summary>Moves the edit lock to this tab (an editor from anyone, anyone from their own other tab).</summary>
    public Task<IActionResult> OnPostTakeOverAsync(long id) => ChangeAsync(id, async () =>
    {
        Lock = await locks.TakeOverAsync(id, Actor, Aborted);
        Form.LockToken = Lock.Token;
        return "You now hold this article's edit lock.";
    });

    public Task<IActionResult> OnPostPreviewAsync(long id) => ChangeAsync(id, () =>
    {
        var link = previews.Create(id, PreviewLife);
        PreviewUrl = origin.For(Request) + link.Path;
        return Task.FromResult($"Preview link valid until {link.Expires.UtcDateTime:yyyy-MM-dd HH:mm} UTC.");
    });

    /// <summary>The gallery's photo chooser: searches the library and shows the form as posted, saving nothing.</summary>
    public async Task<IActionResult> OnPostFindPhotosAsync(long id)
    {
        if (await ReadableAsync(id) is not { } article)
        {
            return NotFound();
        }

        FoundPhotos = await photos.SearchAsync(new PhotoSearch { Text = Form.Gallery.Search ?? "", PageSize = 24 }, Aborted);
        return await ShowAsync(article);
    }

    /// <summary>The editor script's heartbeat: keeps this tab's lock alive and says when someone took it over.</summary>
    public Task<IActionResult> OnPostHeartbeatAsync(long id) =>
        WithTabTokenAsync(id, async token => LockAnswer(await locks.HeartbeatAsync(id, Actor, token, Aborted)));

    /// <summary>The editor script after a reload: the lock still under this tab's last token is this tab's again, not "another tab".</summary>
    public Task<IActionResult> OnPostReopenAsync(long id) =>
        WithTabTokenAsync(id, async token => LockAnswer(await locks.ReopenAsync(id, Actor, token, Aborted)));

    /// <summary>The editor script's beacon when the tab closes or navigates away: the article is free at once, not a lock term later.</summary>
    public Task<IActionResult> OnPostReleaseAsync(long id) => WithTabTokenAsync(id, async token =>
    {
        await locks.ReleaseAsync(id, token, Aborted);
        return new NoContentResult();
    });

    /// <summary>The live preview: the body as a save would render and sanitise it.</summary>
    public async Task<IActionResult> OnPostRenderAsync(long id) =>
        await ReadableAsync(id) is null ? NotFound() : await BodyPreview.OfAsync(this, bodies, Form.Body);

    /// <summary>The lock as the editor script reads it; the token only when this tab holds it.</summary>
    private static JsonResult LockAnswer(EditLock held) =>
        new(new { holding = held.Holding.ToString(), holder = held.HolderName, token = held.Token, expiresAt = held.ExpiresAt });

    /// <summary>Runs a lock call of the editor script: it needs an existing article and the tab's token.</summary>
    private async Task<IActionResult> WithTabTokenAsync(long id, Func<string, Task<IActionResult>> call)
    {
        if (await ReadableAsync(id) is null || string.IsNullOrEmpty(Form.LockToken))
        {
            return NotFound();
        }

        return await call(Form.LockToken);
    }

    /// <summary>A move the public sees (a story going out, coming down or set to) asks first; a published story's new unpublish time does not.</summary>
    private bool NeedsConfirmation(EditableArticle article, EditorialState to) =>
        to is EditorialState.Published or EditorialState.Scheduled or EditorialState.Unpublished
        && (ArticleAccess.Of(article, clock.GetUtcNow().UtcDateTime).State, to) != (EditorialState.Published, EditorialState.Published);

    /// <summary>Runs one change on an existing article and shows the result, or the refusal with the person's form kept.</summary>
    private async Task<IActionResult> ChangeAsync(long id, Func<Task<string>> change)
    {
        if (await ReadableAsync(id) is null)
        {
            return NotFound();
        }

        Id = id;
        try
        {
            Notice = await change();
            var current = await articles.GetAsync(id, Aborted);
            Form = ArticleForm.From(current, Form.LockToken);
            return await ShowAsync(current);
        }
        catch (StaleArticleException stale)
        {
            Conflict = stale.Differences;
            return await RefuseAsync(id, stale.Message, StatusCodes.Status409Conflict);
        }
        catch (EditLockLostException lost)
        {
            LockLost = true;
            return await RefuseAsync(id, lost.Message, StatusCodes.Status409Conflict);
        }
        catch (WorkflowRefusedException refused)
        {
            return await RefuseAsync(id, refused.Message, StatusCodes.Status403Forbidden);
        }
        catch (ContentValidationException invalid)
        {
            return await RefuseAsync(id, invalid.Message, StatusCodes.Status422UnprocessableEntity);
        }
    }

    private Task<EditableArticle?> ReadableAsync(long id) => readable.FindAsync(id, Actor, Aborted);

    private async Task<IActionResult> RefuseAsync(long id, string message, int status)
    {
        await ShowAsync(await articles.GetAsync(id, Aborted));
        return Refuse(message, status);
    }

    private async Task<IActionResult> ShowAsync(EditableArticle article)
    {
        Id = article.Id;
        var access = ArticleAccess.Of(article, clock.GetUtcNow().UtcDateTime);
        State = access.State;
        PublishedAt = article.Fields.PublishedAt;
        UnpublishAt = article.Fields.UnpublishAt;
        var actor = Actor;
        ReadOnly = access.RefusalToEdit(actor);
        if (ReadOnly is not null)
        {
            Form.LockToken = null;
        }

        Moves = Enum.GetValues<EditorialState>()
            .Where(to => WorkflowRules.RefusalToMove(actor.Role, actor.Owns(article.CreatedByStaffId), State, to) is null)
            .ToList();
        Audit = await audit.ForArticleAsync(article.Id, Aborted);
        Revisions = await revisions.ListAsync(article.Id, Aborted);
        Kind = article.Fields.Kind;
        GalleryPhotos = await photos.FindManyAsync([.. Form.Gallery.Items.Select(i => i.PhotoId)], Aborted);
        if (Step is EditorialState.Published or EditorialState.Scheduled)
        {
            Checklist = await ChecklistAsync(article.Fields);
        }

        return Page();
    }

    private async Task<IReadOnlyList<ChecklistItem>> ChecklistAsync(ArticleInput fields)
    {
        var featurePhoto = fields.FeaturePhotoId is { } photoId ? (await photos.FindManyAsync([photoId], Aborted)).GetValueOrDefault(photoId) : null;
        return PublishChecklist.Of(fields, featurePhoto, await tags.BySlugsAsync(fields.TagSlugs, Aborted));
    }
}

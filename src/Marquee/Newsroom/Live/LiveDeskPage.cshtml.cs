using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.Live;
using Marquee.Newsroom.Access;
using Marquee.Newsroom.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsroom.Live;

/// <summary>
/// The live desk: post an entry (Ctrl+Enter posts), edit, pin, mark a key event or delete one, start and end coverage,
/// and see the stream. Entries go live on post, so it takes the role that publishes its own work.
/// </summary>
[Authorize(Policy = NewsroomPolicies.PublishOwn)]
public sealed class LiveDeskPage(ArticleQueries articles, LiveQueries live, ContentTransaction transaction, PostLiveEntry post, EditLiveEntry edit, MarkLiveEntry mark, LiveCoverage coverage) : NewsroomPageModel
{
    /// <summary>How many of the newest entries the desk lists for editing.</summary>
    private const int Shown = 100;

    public ArticleDetail Story { get; private set; } = null!;

    public LiveStory Coverage { get; private set; } = null!;

    public IReadOnlyList<LiveDeskEntry> Entries { get; private set; } = [];

    /// <summary>What the other editor saved, when this one's edit was refused for it.</summary>
    public LiveEntryInput? Theirs { get; private set; }

    /// <summary>The entry being posted or edited, kept in the form when a write is refused so nothing typed is lost.</summary>
    [BindProperty]
    public LiveEntryForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(long id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostPostAsync(long id) => WriteAsync(id, "Posted.", token => post.PostAsync(id, Form.Input(), Actor.ChangedBy, token));

    public Task<IActionResult> OnPostEditAsync(long id, long entry, int version) =>
        WriteAsync(id, "Saved.", token => edit.EditAsync(entry, version, Form.Input(), Actor.ChangedBy, token));

    public Task<IActionResult> OnPostMarkAsync(long id, long entry, int version, LiveEntryChange change) =>
        WriteAsync(id, "Done.", token => mark.MarkAsync(entry, version, change, Actor.ChangedBy, token));

    public Task<IActionResult> OnPostCoverageAsync(long id, bool start) =>
        WriteAsync(id, start ? "Coverage is live." : "Coverage ended.", async token =>
        {
            await (start ? coverage.StartAsync(id, token) : coverage.EndAsync(id, token));
            return true;
        });

    private async Task<IActionResult> WriteAsync<T>(long id, string done, Func<CancellationToken, Task<T>> write)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var result = await AttemptAsync(async () =>
        {
            try
            {
                await transaction.RunAsync(write, HttpContext.RequestAborted);
            }
            catch (StaleLiveEntryException stale)
            {
                // The other editor's words are shown beside this one's, which stay in the form: nothing is lost.
                Theirs = stale.Theirs;
                return Refuse(stale.Message, StatusCodes.Status409Conflict);
            }

            Notice = done;
            Form = new LiveEntryForm();
            return Page();
        });
        await LoadAsync(id);
        return result;
    }

    private async Task<bool> LoadAsync(long id)
    {
        var story = await articles.FindByIdAsync(id, HttpContext.RequestAborted);
        if (story is not { Kind: ArticleKind.Live })
        {
            return false;
        }

        Story = story;
        Coverage = await live.StoryAsync(id, HttpContext.RequestAborted);
        Entries = await live.ForDeskAsync(id, Shown, HttpContext.RequestAborted);
        return true;
    }
}

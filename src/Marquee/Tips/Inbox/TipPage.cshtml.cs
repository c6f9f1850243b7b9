using Marquee.Tips.Access;
using Marquee.Tips.Keys;
using Marquee.Tips.Submissions;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Tips.Inbox;

/// <summary>
/// One tip, opened with the reader's unlocked key: its words, files and notes, and what the desk does with it. Every
/// view, download and change goes in the tip desk's audit log. A locked key sends the reader back to unlock it.
/// </summary>
public sealed class TipPage(TipReader reader, TipInbox inbox, TipKeys keys, TipKeyring keyring, TipActions actions, TipShredder shredder, TipAudit audit) : TipDeskPageModel
{
    [BindProperty]
    public string Note { get; set; } = "";

    [BindProperty]
    public TipState To { get; set; }

    public OpenedTip? Opened { get; private set; }

    public Task<IActionResult> OnGetAsync(long id) => WithKeyAsync(id, async contentKey =>
    {
        await audit.RecordAsync(id, Editor, "opened the tip", HttpContext.RequestAborted);
        return await ShowAsync(id, contentKey);
    });

    public Task<IActionResult> OnGetFileAsync(long id, long fileId) => WithKeyAsync(id, async contentKey =>
    {
        if (await inbox.FileAsync(id, fileId, HttpContext.RequestAborted) is not { } file)
        {
            return NotFound();
        }

        await audit.RecordAsync(id, Editor, "downloaded a file", HttpContext.RequestAborted);
        // Never rendered in the newsroom's origin: whatever a source sent is a download.
        Response.ContentType = "application/octet-stream";
        Response.Headers.ContentDisposition = $"attachment; filename=\"tip-{id}-file-{fileId}\"";
        await foreach (var chunk in reader.ContentOfAsync(file, contentKey, HttpContext.RequestAborted))
        {
            await Response.Body.WriteAsync(chunk, HttpContext.RequestAborted);
        }

        return new EmptyResult();
    });

    public Task<IActionResult> OnPostAssignAsync(long id) => ChangeAsync(id, "The tip is yours.", (_, token) => actions.AssignToSelfAsync(id, Editor, token));

    public Task<IActionResult> OnPostMoveAsync(long id) => ChangeAsync(id, $"The tip is {TipStates.Display(To)}.", (_, token) => actions.MoveAsync(id, To, Editor, token));

    public Task<IActionResult> OnPostNoteAsync(long id) => ChangeAsync(id, "Note added.", (contentKey, token) => actions.AddNoteAsync(id, Note, contentKey, Editor, token));

    public Task<IActionResult> OnPostDeleteAsync(long id) => WithKeyAsync(id, async _ =>
    {
        await shredder.ShredAsync(id, Editor, HttpContext.RequestAborted);
        return Redirect("/newsroom/tips");
    });

    private Task<IActionResult> ChangeAsync(long id, string notice, Func<byte[], CancellationToken, Task> change) => WithKeyAsync(id, contentKey => AttemptAsync(async () =>
    {
        await change(contentKey, HttpContext.RequestAborted);
        Notice = notice;
        return await ShowAsync(id, contentKey);
    }));

    private async Task<IActionResult> ShowAsync(long id, byte[] contentKey)
    {
        Opened = await reader.OpenAsync(id, contentKey, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>Runs with the tip's content key: 404 for no such tip or none sealed to this reader, back to the inbox while their key is locked.</summary>
    private async Task<IActionResult> WithKeyAsync(long id, Func<byte[], Task<IActionResult>> action)
    {
        if (keyring.Get(Actor.StaffUserId) is not { } privateKey)
        {
            return Redirect("/newsroom/tips");
        }

        var key = await keys.OfAsync(Actor.StaffUserId, HttpContext.RequestAborted);
        var contentKey = key is null ? null : await reader.ContentKeyAsync(id, key, privateKey, HttpContext.RequestAborted);
        if (contentKey is null)
        {
            return NotFound();
        }

        try
        {
            return await action(contentKey);
        }
        finally
        {
            Geralt.SecureMemory.ZeroMemory(contentKey);
        }
    }
}

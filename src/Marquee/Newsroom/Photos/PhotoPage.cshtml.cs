using Marquee.Content;
using Marquee.Media.Photos;
using Marquee.Newsroom.Layout;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsroom.Photos;

/// <summary>
/// One library photo: its metadata and focal point, where it is used, its renditions' state with a retry
/// after a failure, and (for editors) the way to delete it. Saving refreshes every article using it.
/// </summary>
public sealed class PhotoPage(PhotoQueries photos, IPhotoUsages usages, EditPhoto edit, TimeProvider clock) : NewsroomPageModel
{
    [BindProperty]
    public PhotoForm Form { get; set; } = new();

    public Photo Photo { get; private set; } = null!;

    public VisibleUses Uses { get; private set; } = new([], 0);

    /// <summary>Its licence has ended: public pages no longer show it.</summary>
    public bool LicenceEnded { get; private set; }

    /// <summary>Why this person may not change the photo; null when they may.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Form = PhotoForm.From(Photo);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(long id) =>
        ChangeAsync(id, () => edit.SaveAsync(id, Form.ToMetadata(Photo.CreatedBy), HttpContext.RequestAborted), "Saved; every page showing this photo now shows the change.");

    /// <summary>
    /// The editor's prompt for a photo just dropped or pasted into an article: its caption, alt text and credit
    /// (the rest as stored), answering JSON; a refusal is a 403 or 422 with the reason.
    /// </summary>
    public async Task<IActionResult> OnPostCreditAsync(long id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Refusal is not null)
        {
            return new JsonResult(new { error = Refusal }) { StatusCode = StatusCodes.Status403Forbidden };
        }

        var text = PhotoForm.From(Photo);
        (text.Caption, text.AltText, text.Credit) = (Form.Caption, Form.AltText, Form.Credit);
        try
        {
            await edit.SaveAsync(id, text.ToMetadata(Photo.CreatedBy), HttpContext.RequestAborted);
        }
        catch (ContentValidationException invalid)
        {
            return new JsonResult(new { error = invalid.Message }) { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }

        return new JsonResult(new { photoId = id });
    }

    public Task<IActionResult> OnPostRetryAsync(long id) =>
        ChangeAsync(id, () => edit.RetryRenditionsAsync(id, HttpContext.RequestAborted), "Renditions queued again.");

    /// <summary>Runs a change this person may make, then shows the photo as stored; a refusal keeps their form.</summary>
    private async Task<IActionResult> ChangeAsync(long id, Func<Task> change, string notice)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Refusal is not null)
        {
            return Refuse(Refusal, StatusCodes.Status403Forbidden);
        }

        try
        {
            await change();
        }
        catch (ContentValidationException invalid)
        {
            return Refuse(invalid.Message);
        }

        await LoadAsync(id);
        Form = PhotoForm.From(Photo);
        Notice = notice;
        return Page();
    }

    private async Task<bool> LoadAsync(long id)
    {
        if (await photos.FindAsync(id, HttpContext.RequestAborted) is not { } photo)
        {
            return false;
        }

        Photo = photo;
        LicenceEnded = !photo.IsUsableAt(clock.GetUtcNow().UtcDateTime);
        Refusal = PhotoRules.RefusalToEdit(User, photo);
        Uses = VisibleUses.For((await usages.OfAsync([id], HttpContext.RequestAborted))[id], Actor);
        return true;
    }
}

using Marquee.Content;
using Marquee.Media.Photos;
using Marquee.Newsroom.Access;
using Marquee.Newsroom.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsroom.Photos;

/// <summary>Asks before deleting a photo, showing where it is used; deleting is refused while anything uses it.</summary>
[Authorize(Policy = NewsroomPolicies.EditAny)]
public sealed class DeletePhotoPage(PhotoQueries photos, IPhotoUsages usages, EditPhoto edit) : NewsroomPageModel
{
    public Photo Photo { get; private set; } = null!;

    public VisibleUses Uses { get; private set; } = new([], 0);

    public async Task<IActionResult> OnGetAsync(long id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        try
        {
            await edit.DeleteAsync(id, HttpContext.RequestAborted);
        }
        catch (ContentValidationException refused)
        {
            return Refuse(refused.Message, StatusCodes.Status409Conflict);
        }

        return Redirect($"{NewsroomPaths.Photos}?deleted={id}");
    }

    private async Task<bool> LoadAsync(long id)
    {
        if (await photos.FindAsync(id, HttpContext.RequestAborted) is not { } photo)
        {
            return false;
        }

        Photo = photo;
        Uses = VisibleUses.For((await usages.OfAsync([id], HttpContext.RequestAborted))[id], Actor);
        return true;
    }
}

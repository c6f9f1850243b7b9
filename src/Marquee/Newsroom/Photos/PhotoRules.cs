using System.Security.Claims;
using Marquee.Media.Photos;
using Marquee.Newsroom.Staff;

namespace Marquee.Newsroom.Photos;

/// <summary>
/// Who may change a library photo (decision 0021): its uploader, and authors and above for any photo,
/// because an author publishing their story must be able to fix the credit or alt text of the photo it uses.
/// Deleting is for editors (the delete page's policy), as a photo belongs to the whole newsroom.
/// </summary>
public static class PhotoRules
{
    /// <summary>What a photo records as its uploader: the signed-in person's e-mail (Identity's user name).</summary>
    public static string UploaderOf(ClaimsPrincipal user) => user.Identity?.Name ?? throw new InvalidOperationException("a signed-in staff member has a user name");

    public static string? RefusalToEdit(ClaimsPrincipal user, Photo photo) =>
        StaffClaims.RoleOf(user) >= StaffRole.Author || photo.CreatedBy == UploaderOf(user)
            ? null
            : "only the person who uploaded this photo, an author or an editor may change it";
}

using Marquee.Newsroom.Access;
using Marquee.Newsroom.Layout;
using Marquee.Newsroom.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsroom.SignIn;

/// <summary>Signing out is a POST (a link or an image could not sign anyone out); GET asks to confirm.</summary>
public sealed class LogoutPage(SignInManager<StaffUser> signIn) : NewsroomPageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect(NewsroomPaths.Login);
    }
}

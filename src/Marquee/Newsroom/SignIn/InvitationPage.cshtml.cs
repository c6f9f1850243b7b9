using Marquee.Newsroom.Access;
using Marquee.Newsroom.Layout;
using Marquee.Newsroom.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Marquee.Newsroom.SignIn;

/// <summary>The page an invitation mail links to: the invitee chooses their name and password and is signed in.</summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class InvitationPage(StaffInvitations invitations, SignInManager<StaffUser> signIn) : NewsroomPageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public StaffUser? Invitee { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Invitee = await invitations.FindAsync(UserId, Token);
        return Invitee is null ? Refuse(StaffInvitations.InvalidLink, StatusCodes.Status400BadRequest) : Page();
    }

    public Task<IActionResult> OnPostAsync() => AttemptAsync(async () =>
    {
        var user = await invitations.AcceptAsync(UserId, Token, Name, Password);
        await signIn.SignInAsync(user, isPersistent: false);
        return Redirect(NewsroomPaths.Root);
    });
}

using Marquee.Newsroom.Access;
using Marquee.Newsroom.Layout;
using Marquee.Newsroom.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Marquee.Newsroom.SignIn;

/// <summary>The page a reset mail links to: a new password, once, before the link expires.</summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class ResetPasswordPage(PasswordResets resets) : NewsroomPageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await resets.FindAsync(UserId, Token) is null ? Refuse(PasswordResets.InvalidLink, StatusCodes.Status400BadRequest) : Page();

    public Task<IActionResult> OnPostAsync() => AttemptAsync(async () =>
    {
        await resets.ResetAsync(UserId, Token, Password, HttpContext.RequestAborted);
        return Redirect($"{NewsroomPaths.Login}?reset=true");
    });
}

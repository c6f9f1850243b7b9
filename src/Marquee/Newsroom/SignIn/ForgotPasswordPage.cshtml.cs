using Marquee.Newsroom.Access;
using Marquee.Newsroom.Layout;
using Marquee.Newsroom.Staff;
using Marquee.Platform.Origin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Marquee.Newsroom.SignIn;

/// <summary>Asks for a reset link by mail; answers the same, as fast, whether or not the address has an account (the mail is queued).</summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class ForgotPasswordPage(PasswordResetMailQueue mails, SiteOrigin origin) : NewsroomPageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public IActionResult OnPost()
    {
        mails.Enqueue(Email, origin.For(Request));
        Notice = $"If {Email} has a newsroom account, a link to choose a new password is on its way.";
        return Page();
    }
}

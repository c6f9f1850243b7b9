using System.Globalization;
using Marquee.Newsroom.Access;
using Marquee.Newsroom.Layout;
using Marquee.Platform.Origin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsroom.Staff;

/// <summary>Administrators: every account with its role and state; invite, change a role, disable or enable, sign out everywhere.</summary>
[Authorize(Policy = NewsroomPolicies.Administer)]
public sealed class StaffPage(StaffDirectory directory, StaffInvitations invitations, UserManager<StaffUser> users, SiteOrigin origin) : NewsroomPageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public long UserId { get; set; }

    public IReadOnlyList<StaffUser> People { get; private set; } = [];

    public long MyId => long.Parse(users.GetUserId(User)!, CultureInfo.InvariantCulture);

    public Task OnGetAsync() => ListAsync();

    public Task<IActionResult> OnPostInviteAsync() => ChangeAsync(async () =>
    {
        var invited = await invitations.InviteAsync(Email ?? "", Role ?? "", origin.For(Request), HttpContext.RequestAborted);
        return $"Invitation sent to {invited.Email}.";
    });

    public Task<IActionResult> OnPostRoleAsync() => ChangeAsync(async () =>
    {
        var changed = await directory.ChangeRoleAsync(MyId, UserId, Role ?? "");
        return $"{changed.Email} is now {changed.Role.Display()}.";
    });

    public Task<IActionResult> OnPostDisableAsync() => ChangeAsync(async () =>
        $"{(await directory.SetDisabledAsync(MyId, UserId, disabled: true)).Email} is disabled and signed out.");

    public Task<IActionResult> OnPostEnableAsync() => ChangeAsync(async () =>
        $"{(await directory.SetDisabledAsync(MyId, UserId, disabled: false)).Email} can sign in again.");

    public Task<IActionResult> OnPostSignOutAsync() => ChangeAsync(async () =>
        $"{(await directory.SignOutEverywhereAsync(MyId, UserId)).Email} is signed out everywhere.");

    private async Task<IActionResult> ChangeAsync(Func<Task<string>> change)
    {
        var result = await AttemptAsync(async () =>
        {
            Notice = await change();
            return Page();
        });
        await ListAsync();
        return result;
    }

    private async Task ListAsync() => People = await directory.ListAsync(HttpContext.RequestAborted);
}

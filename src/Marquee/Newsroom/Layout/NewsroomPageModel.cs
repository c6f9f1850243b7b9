using System.Globalization;
using System.Security.Claims;
using Marquee.Content;
using Marquee.Newsroom.Access;
using Marquee.Newsroom.Staff;
using Marquee.Newsroom.Workflow;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marquee.Newsroom.Layout;

/// <summary>
/// What every newsroom page shares: it needs a signed-in staff member unless it says [AllowAnonymous] (pages
/// ask for more with their own policy), and shows a refusal beside the form (422, nothing saved) or a notice.
/// </summary>
[Authorize(Policy = NewsroomPolicies.Write)]
public abstract class NewsroomPageModel : PageModel
{
    public string? Error { get; private set; }

    public string? Notice { get; protected set; }

    /// <summary>
    /// ?page= of a paged list. Read from the query itself: binding a property named "page" takes Razor Pages'
    /// route value of that name (the page's path) instead, and every page was page 1.
    /// </summary>
    public int PageNumber => int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;

    /// <summary>The signed-in person as the workflow services take them.</summary>
    protected Actor Actor => new(
        long.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("a signed-in staff member has an id"), CultureInfo.InvariantCulture),
        StaffClaims.DisplayNameOf(User),
        StaffClaims.RoleOf(User) ?? StaffRole.Contributor);

    /// <summary>The signed-in person's account, read afresh (the account pages change it).</summary>
    protected async Task<StaffUser> CurrentUserAsync(UserManager<StaffUser> users) =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("a signed-in user has no account");

    /// <summary>asp-for prefers the posted text to the model: forms show what the handler left (a save re-reads what it stored).</summary>
    [NonHandler]
    public override void OnPageHandlerExecuted(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutedContext context) => ModelState.Clear();

    protected PageResult Refuse(string message, int status = StatusCodes.Status422UnprocessableEntity)
    {
        Error = Sentence(message);
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>A validation message ("the name is …") as it is shown, starting with a capital.</summary>
    protected static string Sentence(string message) => char.ToUpper(message[0], CultureInfo.InvariantCulture) + message[1..];

    /// <summary>Runs a change; a validation failure re-renders the page with the reason.</summary>
    protected async Task<IActionResult> AttemptAsync(Func<Task<IActionResult>> change)
    {
        try
        {
            return await change();
        }
        catch (ContentValidationException invalid)
        {
            return Refuse(invalid.Message);
        }
    }
}

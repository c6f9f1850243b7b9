using Marquee.Newsletters.Access;
using Marquee.Newsroom.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsletters.Desk;

/// <summary>What the newsletter desk's pages share: the newsletters permission, and the list form.</summary>
[Authorize(Policy = NewslettersPermission.Policy)]
public abstract class NewsletterDeskPageModel : NewsroomPageModel
{
    [BindProperty]
    public ListForm Form { get; set; } = new();

    /// <summary>The signed-in editor as the audit log names them.</summary>
    protected Content.ChangedBy Editor => new(Actor.StaffUserId, Actor.Name);
}

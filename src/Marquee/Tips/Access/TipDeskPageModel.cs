using Marquee.Newsroom.Layout;
using Marquee.Tips.Inbox;
using Microsoft.AspNetCore.Authorization;

namespace Marquee.Tips.Access;

/// <summary>What the tip desk's newsroom pages share: the tips permission on top of a staff sign-in, and the editor as the audit log names them.</summary>
[Authorize(Policy = TipsPermission.Policy)]
public abstract class TipDeskPageModel : NewsroomPageModel
{
    protected TipActor Editor => new(Actor.StaffUserId, Actor.Name);
}

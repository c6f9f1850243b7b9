using Marquee.Newsroom.Layout;
using Marquee.Newsroom.Staff;

namespace Marquee.Newsroom.Dashboard;

/// <summary>The newsroom's front page: who is signed in and what their role lets them do. The editor's lists arrive here later.</summary>
public sealed class DashboardPage : NewsroomPageModel
{
    public string Name { get; private set; } = "";

    public StaffRole Role { get; private set; }

    public void OnGet()
    {
        Name = StaffClaims.DisplayNameOf(User);
        Role = StaffClaims.RoleOf(User) ?? StaffRole.Contributor;
    }
}

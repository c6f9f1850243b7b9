using Marquee.Content;
using Marquee.Newsroom.Staff;

namespace Marquee.Newsroom.Workflow;

/// <summary>The signed-in person doing something in the newsroom; the UI passes it, so the services need no HTTP context.</summary>
public sealed record Actor(long StaffUserId, string Name, StaffRole Role)
{
    public ChangedBy ChangedBy => new(StaffUserId, Name);

    public bool IsEditor => Role >= StaffRole.Editor;

    /// <summary>"Own" is the article this person created; imported articles belong to nobody, so only editors touch them.</summary>
    public bool Owns(long? createdByStaffId) => createdByStaffId == StaffUserId;
}

using Marquee.Media.Photos;
using Marquee.Newsroom.Workflow;

namespace Marquee.Newsroom.Photos;

/// <summary>
/// A photo's uses as one person may see them: the articles they may open (WorkflowRules.RefusalToRead), and only
/// how many others, so "in use" stays true without naming someone else's draft.
/// </summary>
public sealed record VisibleUses(IReadOnlyList<PhotoUse> Shown, int Others)
{
    public bool IsEmpty => Shown.Count == 0 && Others == 0;

    public static VisibleUses For(IEnumerable<PhotoUse> uses, Actor reader)
    {
        var all = uses.ToList();
        var shown = all.Where(use => WorkflowRules.RefusalToRead(reader.Role, reader.Owns(use.CreatedByStaffId)) is null).ToList();
        return new VisibleUses(shown, all.Count - shown.Count);
    }
}

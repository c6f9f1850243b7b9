namespace Marquee.Newsroom.Locks;

/// <summary>The lock as one editor tab sees it; <see cref="Token"/> is set only when this tab holds it.</summary>
public sealed record EditLock(EditLockHolding Holding, string? Token, string HolderName, DateTime ExpiresAt)
{
    internal static EditLock Of(ArticleLock row, long viewerStaffId, bool thisTab) => new(
        thisTab ? EditLockHolding.Yours : row.StaffUserId == viewerStaffId ? EditLockHolding.YoursInAnotherTab : EditLockHolding.SomeoneElse,
        thisTab ? row.Token : null,
        row.HolderName,
        row.ExpiresAt);
}

namespace Marquee.Newsroom.Locks;

/// <summary>The lock as one editor tab sees it (or that the tab only reads the article); <see cref="Token"/> is set only when this tab holds it.</summary>
public sealed record EditLock(EditLockHolding Holding, string? Token, string HolderName, DateTime ExpiresAt)
{
    /// <summary>This person may not edit the article, so holds no lock, and nobody who may edit holds it now.</summary>
    public static readonly EditLock ReadOnly = new(EditLockHolding.ReadOnly, null, "", DateTime.MinValue);

    internal static EditLock Of(ArticleLock row, long viewerStaffId, bool thisTab) => new(
        thisTab ? EditLockHolding.Yours : row.StaffUserId == viewerStaffId ? EditLockHolding.YoursInAnotherTab : EditLockHolding.SomeoneElse,
        thisTab ? row.Token : null,
        row.HolderName,
        row.ExpiresAt);
}

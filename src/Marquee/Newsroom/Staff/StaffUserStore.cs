using Marquee.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Newsroom.Staff;

/// <summary>
/// Identity's EF store, tracking what it reads: it edits tokens and claims it has loaded (a redeemed
/// recovery code, a new authenticator key) and relies on tracking to save them, which the context's
/// no-tracking default would silently drop. The pool restores the default when the context is returned.
/// Its passkey methods (IUserPasskeyStore) are Identity's own, on the schema version 3 model (M0008, decision 0019).
/// </summary>
internal sealed class StaffUserStore : UserOnlyStore<StaffUser, MarqueeDbContext, long>
{
    public StaffUserStore(MarqueeDbContext context, IdentityErrorDescriber? describer = null)
        : base(context, describer) => context.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
}

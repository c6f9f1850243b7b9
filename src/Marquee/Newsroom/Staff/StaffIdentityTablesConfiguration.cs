using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Newsroom.Staff;

/// <summary>Identity's claim, login, token and passkey tables under the staff_ names M0005 and M0008 create (Identity would call them AspNet…).</summary>
internal sealed class StaffIdentityTablesConfiguration :
    IEntityTypeConfiguration<IdentityUserClaim<long>>,
    IEntityTypeConfiguration<IdentityUserLogin<long>>,
    IEntityTypeConfiguration<IdentityUserToken<long>>,
    IEntityTypeConfiguration<IdentityUserPasskey<long>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<long>> builder) => builder.ToTable("staff_user_claims");

    public void Configure(EntityTypeBuilder<IdentityUserLogin<long>> builder) => builder.ToTable("staff_user_logins");

    public void Configure(EntityTypeBuilder<IdentityUserToken<long>> builder) => builder.ToTable("staff_user_tokens");

    public void Configure(EntityTypeBuilder<IdentityUserPasskey<long>> builder)
    {
        builder.ToTable("staff_user_passkeys");
        builder.OwnsOne(p => p.Data).ToJson("data");
    }
}

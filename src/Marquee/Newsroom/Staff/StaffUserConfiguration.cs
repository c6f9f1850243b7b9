using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Newsroom.Staff;

/// <summary>Identity's user mapped onto our table names (M0005); the role is a column, so each person has exactly one.</summary>
internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.ToTable("staff_users");
        builder.Property(u => u.Name).HasMaxLength(StaffUser.MaxNameLength);
        builder.Property(u => u.Role).HasConversion(r => r.ToString().ToLowerInvariant(), r => Enum.Parse<StaffRole>(r, true)).HasMaxLength(20);
    }
}

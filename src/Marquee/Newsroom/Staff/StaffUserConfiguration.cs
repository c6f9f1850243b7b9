using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Newsroom.Staff;

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.ToTable("staff_users");
        builder.HasIndex(u => u.Email).IsUnique();
        builder.Property(u => u.Role).HasConversion(r => r.ToString().ToLowerInvariant(), r => Enum.Parse<StaffRole>(r, true));
    }
}

using Marquee.Newsroom.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Tips.Keys;

internal sealed class TipKeyConfiguration : IEntityTypeConfiguration<TipKey>
{
    public void Configure(EntityTypeBuilder<TipKey> builder)
    {
        builder.ToTable("tip_keys");
        builder.HasIndex(k => k.StaffUserId).IsUnique();
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(k => k.StaffUserId).OnDelete(DeleteBehavior.Cascade);
    }
}

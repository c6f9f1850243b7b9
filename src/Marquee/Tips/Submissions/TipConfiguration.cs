using Marquee.Newsroom.Staff;
using Marquee.Tips.Keys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Tips.Submissions;

internal sealed class TipConfiguration :
    IEntityTypeConfiguration<Tip>,
    IEntityTypeConfiguration<TipKeyWrap>,
    IEntityTypeConfiguration<TipFile>
{
    public void Configure(EntityTypeBuilder<Tip> builder)
    {
        builder.ToTable("tips");
        builder.HasIndex(t => t.ReceiptHash).IsUnique();
        builder.HasIndex(t => t.DeleteAfter);
        builder.Property(t => t.ReceiptHash).HasMaxLength(64);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(t => t.AssignedToStaffUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Tip>().WithMany().HasForeignKey(t => t.FollowUpOfTipId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<TipKeyWrap> builder)
    {
        builder.ToTable("tip_key_wraps");
        builder.HasKey(w => new { w.TipId, w.TipKeyId });
        builder.HasIndex(w => w.TipKeyId);
        builder.HasOne<Tip>().WithMany().HasForeignKey(w => w.TipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TipKey>().WithMany().HasForeignKey(w => w.TipKeyId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<TipFile> builder)
    {
        builder.ToTable("tip_files");
        builder.HasIndex(f => f.TipId);
        builder.Property(f => f.StoredName).HasMaxLength(64);
        builder.HasOne<Tip>().WithMany().HasForeignKey(f => f.TipId).OnDelete(DeleteBehavior.Cascade);
    }
}

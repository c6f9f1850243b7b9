using Marquee.Tips.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Tips.Inbox;

internal sealed class TipNoteConfiguration : IEntityTypeConfiguration<TipNote>, IEntityTypeConfiguration<TipEvent>
{
    public void Configure(EntityTypeBuilder<TipNote> builder)
    {
        builder.ToTable("tip_notes");
        builder.HasIndex(n => n.TipId);
        builder.HasOne<Tip>().WithMany().HasForeignKey(n => n.TipId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<TipEvent> builder)
    {
        builder.ToTable("tip_events");
        builder.HasIndex(e => e.At);
        builder.Property(e => e.Actor).HasMaxLength(200);
        builder.Property(e => e.Action).HasMaxLength(200);
    }
}

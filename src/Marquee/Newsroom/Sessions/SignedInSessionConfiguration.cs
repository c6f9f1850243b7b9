using Marquee.Newsroom.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Newsroom.Sessions;

internal sealed class SignedInSessionConfiguration : IEntityTypeConfiguration<SignedInSession>
{
    public void Configure(EntityTypeBuilder<SignedInSession> builder)
    {
        builder.ToTable("staff_sessions");
        builder.HasKey(s => s.Id);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

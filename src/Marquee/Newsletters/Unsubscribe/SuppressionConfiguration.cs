using Marquee.Readers.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Newsletters.Unsubscribe;

/// <summary>The suppression list as M0035 creates it: one row per address, ever.</summary>
internal sealed class SuppressionConfiguration : IEntityTypeConfiguration<Suppression>
{
    public const int ReasonLength = 100;

    public void Configure(EntityTypeBuilder<Suppression> builder)
    {
        builder.ToTable("newsletter_suppressions");
        builder.Property(s => s.Email).HasMaxLength(ReaderAddress.MaxLength);
        builder.Property(s => s.Reason).HasMaxLength(ReasonLength);
        builder.HasIndex(s => s.Email).IsUnique().HasDatabaseName("ux_newsletter_suppressions_email");
    }
}

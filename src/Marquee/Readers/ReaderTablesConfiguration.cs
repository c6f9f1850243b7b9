using Marquee.Readers.Accounts;
using Marquee.Readers.Consent;
using Marquee.Readers.Sessions;
using Marquee.Readers.SignIn;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Readers;

/// <summary>The readers' tables: accounts, their sessions and the codes mailed to addresses (M0023), and consent receipts (M0034).</summary>
internal sealed class ReaderTablesConfiguration :
    IEntityTypeConfiguration<Reader>,
    IEntityTypeConfiguration<ReaderSession>,
    IEntityTypeConfiguration<SignInCode>,
    IEntityTypeConfiguration<ConsentReceipt>
{
    public void Configure(EntityTypeBuilder<Reader> builder)
    {
        builder.ToTable("readers");
        builder.Property(r => r.Email).HasMaxLength(ReaderAddress.MaxLength);
        builder.Property(r => r.DisplayName).HasMaxLength(DisplayNames.MaxLength);
        builder.HasIndex(r => r.Email).IsUnique().HasDatabaseName("ux_readers_email");
    }

    public void Configure(EntityTypeBuilder<ReaderSession> builder)
    {
        builder.ToTable("reader_sessions").HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(64);
        builder.Property(s => s.Device).HasMaxLength(ReaderSessions.DeviceLength);
        // Deleting a reader ends their sessions with it.
        builder.HasOne<Reader>().WithMany().HasForeignKey(s => s.ReaderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.ReaderId).HasDatabaseName("ix_reader_sessions_reader");
    }

    public void Configure(EntityTypeBuilder<SignInCode> builder)
    {
        builder.ToTable("reader_sign_in_codes");
        builder.Property(c => c.Email).HasMaxLength(ReaderAddress.MaxLength);
        builder.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Network).HasMaxLength(64);
        builder.Property(c => c.CodeHash).HasMaxLength(64);
        builder.Property(c => c.Salt).HasMaxLength(32);
        builder.Property(c => c.LinkHash).HasMaxLength(64);
        builder.HasIndex(c => c.LinkHash).IsUnique().HasDatabaseName("ux_reader_sign_in_codes_link");
        // What the per-address and per-network limits count.
        builder.HasIndex(c => new { c.Email, c.CreatedAt }).HasDatabaseName("ix_reader_sign_in_codes_email");
        builder.HasIndex(c => new { c.Network, c.CreatedAt }).HasDatabaseName("ix_reader_sign_in_codes_network");
    }

    public void Configure(EntityTypeBuilder<ConsentReceipt> builder)
    {
        builder.ToTable("reader_consent_receipts");
        builder.Property(r => r.PolicyVersion).HasMaxLength(ConsentReceipts.MaxVersionLength);
        // Deleting a reader deletes their receipts.
        builder.HasOne<Reader>().WithMany().HasForeignKey(r => r.ReaderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.ReaderId).HasDatabaseName("ix_reader_consent_receipts_reader");
    }
}

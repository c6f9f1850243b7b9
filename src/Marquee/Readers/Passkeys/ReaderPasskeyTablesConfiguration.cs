using Marquee.Readers.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Readers.Passkeys;

/// <summary>The readers' passkeys and the challenges waiting for an answer, as M0029 creates them.</summary>
internal sealed class ReaderPasskeyTablesConfiguration :
    IEntityTypeConfiguration<ReaderPasskey>,
    IEntityTypeConfiguration<PasskeyChallenge>
{
    public void Configure(EntityTypeBuilder<ReaderPasskey> builder)
    {
        builder.ToTable("reader_passkeys").HasKey(p => p.CredentialId);
        builder.Property(p => p.CredentialId).HasMaxLength(ReaderPasskeys.MaxCredentialIdLength);
        builder.Property(p => p.Name).HasMaxLength(ReaderPasskeys.MaxNameLength);
        // Deleting a reader deletes their passkeys: the devices keep a key that opens nothing.
        builder.HasOne<Reader>().WithMany().HasForeignKey(p => p.ReaderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.ReaderId).HasDatabaseName("ix_reader_passkeys_reader");
    }

    public void Configure(EntityTypeBuilder<PasskeyChallenge> builder)
    {
        builder.ToTable("reader_passkey_challenges").HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(64);
        builder.Property(c => c.Ceremony).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(c => c.ExpiresAt).HasDatabaseName("ix_reader_passkey_challenges_expiry");
    }
}

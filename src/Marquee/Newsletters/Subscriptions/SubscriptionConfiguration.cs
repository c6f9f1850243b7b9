using Marquee.Newsletters.Lists;
using Marquee.Readers.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Newsletters.Subscriptions;

/// <summary>Subscriptions, the consent log and pending sign-ups, as M0030 creates them.</summary>
internal sealed class SubscriptionConfiguration :
    IEntityTypeConfiguration<Subscription>,
    IEntityTypeConfiguration<ConsentRecord>,
    IEntityTypeConfiguration<SignUpRequest>
{
    public const int TokenLength = 64;

    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.ToTable("newsletter_subscriptions");
        builder.Property(s => s.Email).HasMaxLength(ReaderAddress.MaxLength);
        builder.Property(s => s.UnsubscribeToken).HasMaxLength(TokenLength);
        builder.HasOne<NewsletterList>().WithMany().HasForeignKey(s => s.ListId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.ListId, s.Email }).IsUnique().HasDatabaseName("ux_newsletter_subscriptions_list_email");
        builder.HasIndex(s => s.Email).HasDatabaseName("ix_newsletter_subscriptions_email");
        builder.HasIndex(s => s.UnsubscribeToken).IsUnique().HasDatabaseName("ux_newsletter_subscriptions_token");
    }

    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.ToTable("newsletter_consents");
        builder.Property(c => c.Email).HasMaxLength(ReaderAddress.MaxLength);
        builder.Property(c => c.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Form).HasMaxLength(40);
        builder.Property(c => c.WordingVersion).HasMaxLength(20);
        builder.HasIndex(c => c.Email).HasDatabaseName("ix_newsletter_consents_email");
    }

    public void Configure(EntityTypeBuilder<SignUpRequest> builder)
    {
        builder.ToTable("newsletter_sign_ups");
        builder.Property(r => r.Email).HasMaxLength(ReaderAddress.MaxLength);
        builder.Property(r => r.Network).HasMaxLength(64);
        builder.Property(r => r.ListIds).HasMaxLength(200);
        builder.Property(r => r.TokenHash).HasMaxLength(TokenLength);
        builder.Property(r => r.Form).HasMaxLength(40);
        builder.Property(r => r.WordingVersion).HasMaxLength(20);
        builder.HasIndex(r => r.TokenHash).IsUnique().HasDatabaseName("ux_newsletter_sign_ups_token");
        builder.HasIndex(r => new { r.Email, r.CreatedAt }).HasDatabaseName("ix_newsletter_sign_ups_email");
        builder.HasIndex(r => new { r.Network, r.CreatedAt }).HasDatabaseName("ix_newsletter_sign_ups_network");
    }
}

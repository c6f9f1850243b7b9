using Marquee.Newsletters.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Newsletters.Lists;

/// <summary>The lists and their audit log as M0030 creates them.</summary>
internal sealed class NewsletterListConfiguration : IEntityTypeConfiguration<NewsletterList>, IEntityTypeConfiguration<NewsletterEvent>
{
    public void Configure(EntityTypeBuilder<NewsletterList> builder)
    {
        builder.ToTable("newsletter_lists");
        builder.Property(l => l.Slug).HasMaxLength(NewsletterListInput.NameLength);
        builder.Property(l => l.Name).HasMaxLength(NewsletterListInput.NameLength);
        builder.Property(l => l.Description).HasMaxLength(NewsletterListInput.DescriptionLength);
        builder.Property(l => l.Cadence).HasConversion<string>().HasMaxLength(10);
        builder.Property(l => l.Weekday).HasConversion<string>().HasMaxLength(10);
        // Minutes after midnight: one integer on both providers (SQLite has no time type).
        builder.Property(l => l.SendAt).HasConversion(t => (t.Hour * 60) + t.Minute, minute => new TimeOnly(minute / 60, minute % 60));
        builder.HasIndex(l => l.Slug).IsUnique().HasDatabaseName("ux_newsletter_lists_slug");
    }

    public void Configure(EntityTypeBuilder<NewsletterEvent> builder)
    {
        builder.ToTable("newsletter_events");
        builder.Property(e => e.Actor).HasMaxLength(200);
        builder.Property(e => e.Action).HasMaxLength(NewsletterAudit.ActionLength);
        builder.HasIndex(e => e.ListId).HasDatabaseName("ix_newsletter_events_list");
    }
}

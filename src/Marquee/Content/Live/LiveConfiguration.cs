using Marquee.Content.Articles;
using Marquee.Media.Photos;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Content.Live;

internal sealed class LiveConfiguration :
    IEntityTypeConfiguration<LiveStory>,
    IEntityTypeConfiguration<LiveEntry>,
    IEntityTypeConfiguration<LiveEntryAuthor>,
    IEntityTypeConfiguration<LiveEntryRevision>
{
    public void Configure(EntityTypeBuilder<LiveStory> builder)
    {
        builder.ToTable("live_stories");
        builder.HasKey(s => s.ArticleId);
        builder.HasOne<Article>().WithOne().HasForeignKey<LiveStory>(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(s => s.IsLive);
    }

    public void Configure(EntityTypeBuilder<LiveEntry> builder)
    {
        builder.ToTable("live_entries");
        // Paging by cursor and the update resource's question, each one index range on a story of thousands of entries.
        builder.HasIndex(e => new { e.ArticleId, e.Id });
        builder.HasIndex(e => new { e.ArticleId, e.ChangedInVersion });
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne<LiveStory>().WithMany().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Photo>().WithMany().HasForeignKey(e => e.PhotoId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Authors).WithOne().HasForeignKey(a => a.EntryId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<LiveEntryAuthor> builder)
    {
        builder.ToTable("live_entry_authors");
        builder.HasKey(a => new { a.EntryId, a.AuthorId });
        builder.HasOne(a => a.Author).WithMany().HasForeignKey(a => a.AuthorId);
    }

    public void Configure(EntityTypeBuilder<LiveEntryRevision> builder)
    {
        builder.ToTable("live_entry_revisions");
        builder.HasIndex(r => r.EntryId);
        builder.Property(r => r.Change).HasConversion<string>();
        builder.HasOne<LiveEntry>().WithMany().HasForeignKey(r => r.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}

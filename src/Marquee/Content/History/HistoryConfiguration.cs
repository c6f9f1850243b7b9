using Marquee.Content.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Content.History;

internal sealed class HistoryConfiguration : IEntityTypeConfiguration<ArticleRevision>, IEntityTypeConfiguration<ArticleTransition>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> builder)
    {
        builder.ToTable("article_revisions");
        builder.HasIndex(r => new { r.ArticleId, r.Version }).IsUnique();
        builder.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ArticleTransition> builder)
    {
        builder.ToTable("article_transitions");
        builder.HasIndex(t => t.ArticleId);
        builder.Property(t => t.FromState).HasConversion<string>();
        builder.Property(t => t.ToState).HasConversion<string>();
        builder.HasOne<Article>().WithMany().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

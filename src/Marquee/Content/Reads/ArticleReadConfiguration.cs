using Marquee.Content.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Content.Reads;

/// <summary><c>article_reads</c> as M0025 creates it: a row per article and minute, removed with its article.</summary>
internal sealed class ArticleReadConfiguration : IEntityTypeConfiguration<ArticleRead>
{
    public void Configure(EntityTypeBuilder<ArticleRead> builder)
    {
        builder.ToTable("article_reads").HasKey(r => new { r.ArticleId, r.Minute });
        builder.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.Minute).HasDatabaseName("ix_article_reads_minute");
    }
}

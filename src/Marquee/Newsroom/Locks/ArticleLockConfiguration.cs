using Marquee.Content.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Newsroom.Locks;

internal sealed class ArticleLockConfiguration : IEntityTypeConfiguration<ArticleLock>
{
    public void Configure(EntityTypeBuilder<ArticleLock> builder)
    {
        builder.ToTable("article_locks");
        builder.HasKey(l => l.ArticleId);
        builder.Property(l => l.ArticleId).ValueGeneratedNever();
        builder.HasOne<Article>().WithMany().HasForeignKey(l => l.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Marquee.Content.Photos;
using Marquee.Media.Photos;
using Marquee.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Content.Articles;

internal sealed class ArticleConfiguration :
    IEntityTypeConfiguration<Article>,
    IEntityTypeConfiguration<ArticleAuthor>,
    IEntityTypeConfiguration<ArticleTag>,
    IEntityTypeConfiguration<SlugRedirect>,
    IEntityTypeConfiguration<OldPermalink>,
    IEntityTypeConfiguration<InlinePhoto>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("articles");
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasIndex(a => a.SourceKey).IsUnique();
        builder.Property(a => a.Status).HasConversion(s => s.ToString().ToLowerInvariant(), s => Enum.Parse<ArticleStatus>(s, true));
        builder.Property(a => a.Kind).HasConversion(k => k.ToString().ToLowerInvariant(), k => Enum.Parse<ArticleKind>(k, true));
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.FeatureImageUrl).HasConversion<StoredUrlConverter>();
        builder.Property(a => a.CorrectionKind).HasConversion(k => k!.Value.ToString().ToLowerInvariant(), k => Enum.Parse<CorrectionKind>(k, true));
        builder.HasOne(a => a.PrimarySection).WithMany().HasForeignKey(a => a.PrimarySectionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Photo>().WithMany().HasForeignKey(a => a.FeaturePhotoId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Authors).WithOne().HasForeignKey(aa => aa.ArticleId);
        builder.HasMany(a => a.Tags).WithOne().HasForeignKey(at => at.ArticleId);
        builder.HasMany(a => a.GalleryItems).WithOne().HasForeignKey(i => i.ArticleId);
        builder.HasMany(a => a.InlinePhotos).WithOne().HasForeignKey(i => i.ArticleId);
    }

    public void Configure(EntityTypeBuilder<ArticleAuthor> builder)
    {
        builder.ToTable("article_authors");
        builder.HasKey(aa => new { aa.ArticleId, aa.AuthorId });
        builder.HasOne(aa => aa.Author).WithMany().HasForeignKey(aa => aa.AuthorId);
    }

    public void Configure(EntityTypeBuilder<ArticleTag> builder)
    {
        builder.ToTable("article_tags");
        builder.HasKey(at => new { at.ArticleId, at.TagId });
        builder.HasOne(at => at.Tag).WithMany().HasForeignKey(at => at.TagId);
    }

    public void Configure(EntityTypeBuilder<SlugRedirect> builder)
    {
        builder.ToTable("slug_redirects");
        builder.HasKey(r => r.OldSlug);
    }

    public void Configure(EntityTypeBuilder<OldPermalink> builder)
    {
        builder.ToTable("old_permalinks");
        builder.HasKey(p => p.Path);
        builder.Property(p => p.Path).HasMaxLength(OldPermalinks.MaxPathLength);
        builder.HasIndex(p => p.ArticleId);
        builder.HasOne<Article>().WithMany().HasForeignKey(p => p.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }

    /// <summary>Kept in step with the body on save; a photo embedded anywhere cannot be deleted.</summary>
    public void Configure(EntityTypeBuilder<InlinePhoto> builder)
    {
        builder.ToTable("inline_photos");
        builder.HasKey(i => new { i.ArticleId, i.PhotoId });
        builder.HasOne<Photo>().WithMany().HasForeignKey(i => i.PhotoId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Content.Galleries;

internal sealed class GalleryItemConfiguration : IEntityTypeConfiguration<GalleryItem>
{
    public void Configure(EntityTypeBuilder<GalleryItem> builder)
    {
        builder.ToTable("gallery_items");
        builder.HasKey(i => new { i.ArticleId, i.PhotoId });
        builder.HasOne(i => i.Photo).WithMany().HasForeignKey(i => i.PhotoId);
    }
}

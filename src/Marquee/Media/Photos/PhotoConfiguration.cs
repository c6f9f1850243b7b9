using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Media.Photos;

internal sealed class PhotoConfiguration : IEntityTypeConfiguration<Photo>
{
    public void Configure(EntityTypeBuilder<Photo> builder)
    {
        builder.ToTable("photos");
        builder.HasIndex(p => p.ContentHash).IsUnique();
        builder.Property(p => p.OriginalFormat).HasConversion(f => f.ToString().ToLowerInvariant(), f => Enum.Parse<ImageFormat>(f, true));
        builder.Ignore(p => p.OriginalKey);
        builder.Ignore(p => p.KeywordList);
        builder.Ignore(p => p.RenditionsFailedForGood);
    }
}

using Marquee.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Content.Authors;

internal sealed class AuthorConfiguration : IEntityTypeConfiguration<Author>
{
    public void Configure(EntityTypeBuilder<Author> builder)
    {
        builder.ToTable("authors");
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.Property(a => a.PhotoUrl).HasConversion<StoredUrlConverter>();
    }
}

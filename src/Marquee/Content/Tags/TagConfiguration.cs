using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Content.Tags;

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> builder)
    {
        builder.ToTable("tags");
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.Property(t => t.Kind).HasConversion(k => k.ToString().ToLowerInvariant(), k => Enum.Parse<TagKind>(k, true));
    }
}

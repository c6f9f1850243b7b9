using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Content.StaticPages;

internal sealed class StaticPageConfiguration : IEntityTypeConfiguration<StaticPage>
{
    public void Configure(EntityTypeBuilder<StaticPage> builder)
    {
        builder.ToTable("static_pages");
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasIndex(p => p.SourceKey).IsUnique();
    }
}

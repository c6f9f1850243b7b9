using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Distribution.GhostContentApi.Keys;

internal sealed class ContentApiKeyConfiguration : IEntityTypeConfiguration<ContentApiKey>
{
    public void Configure(EntityTypeBuilder<ContentApiKey> builder)
    {
        builder.ToTable("content_api_keys");
        builder.HasIndex(k => k.Name).IsUnique();
        builder.HasIndex(k => k.Secret).IsUnique();
    }
}

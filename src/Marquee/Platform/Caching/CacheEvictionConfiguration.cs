using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Platform.Caching;

internal sealed class CacheEvictionConfiguration : IEntityTypeConfiguration<CacheEviction>
{
    public void Configure(EntityTypeBuilder<CacheEviction> builder) => builder.ToTable("cache_evictions");
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Platform.Jobs;

internal sealed class JobFailureConfiguration : IEntityTypeConfiguration<JobFailure>
{
    public void Configure(EntityTypeBuilder<JobFailure> builder)
    {
        builder.ToTable("job_failures");
        builder.HasIndex(f => f.FailedAt);
    }
}

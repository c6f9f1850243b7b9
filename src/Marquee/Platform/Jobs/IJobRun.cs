namespace Marquee.Platform.Jobs;

/// <summary>One run of a <see cref="LeasedJob{TRun}"/>: the work for the time (after, upTo], and whether there was any.</summary>
public interface IJobRun
{
    Task<bool> RunAsync(DateTime after, DateTime upTo, CancellationToken cancellationToken);
}

namespace Marquee.Platform.Jobs;

/// <summary>A background job's failure, kept where the newsroom can show it rather than only in a log.</summary>
public sealed class JobFailure
{
    public long Id { get; set; }

    public required string Job { get; set; }

    /// <summary>What the job was working on (e.g. an article), or null when the whole run failed.</summary>
    public string? Subject { get; set; }

    public required string Message { get; set; }

    /// <summary>The last time it failed so; a failure that repeats every run is one row counting its repeats.</summary>
    public DateTime FailedAt { get; set; }

    public int Times { get; set; }
}

namespace Marquee.Platform.Health;

/// <summary>Something besides the database a node needs before it takes traffic (Redis, when configured).</summary>
public interface IReadinessCheck
{
    /// <summary>Null when ready; otherwise one line saying what is not.</summary>
    Task<string?> ProblemAsync(CancellationToken cancellationToken);
}

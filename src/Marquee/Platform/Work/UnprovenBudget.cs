using System.Threading.RateLimiting;

namespace Marquee.Platform.Work;

/// <summary>
/// What lets a request without a proof of work through (decision 0076): one site-wide budget of permits per minute, so a
/// flood that skips the work is held to that rate while visitors without JavaScript still get through.
/// </summary>
public sealed class UnprovenBudget(int perMinute) : IDisposable
{
    private readonly FixedWindowRateLimiter _permits = new(new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) });

    /// <summary>A proven request always; an unproven one while this minute's permits last.</summary>
    public bool Admits(bool proven)
    {
        if (proven)
        {
            return true;
        }

        using var permit = _permits.AttemptAcquire();
        return permit.IsAcquired;
    }

    public void Dispose() => _permits.Dispose();
}

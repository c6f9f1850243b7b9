using Marquee.Platform.Http;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Platform.Health;

/// <summary>For load balancers and orchestrators: is the process alive, and is it ready to serve.</summary>
public static class HealthEndpoints
{
    private const string Alive = "/healthz";

    private const string Ready = "/readyz";

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        // Alive needs nothing but the process: a database outage must not get healthy nodes restarted.
        app.MapGetAndHead(Alive, () => Results.Text("ok", "text/plain")).DisableHttpMetrics();
        app.MapGetAndHead(Ready, ReadyAsync).DisableHttpMetrics();
        return app;
    }

    /// <summary>A load balancer's or orchestrator's probe, which may come by IP address with any Host.</summary>
    public static bool IsProbe(PathString path) => path.Equals(Alive) || path.Equals(Ready);

    /// <summary>/readyz: the database (and Redis, when configured) answer; otherwise 503 naming what does not.</summary>
    private static async Task<IResult> ReadyAsync(MarqueeDbContext db, IEnumerable<IReadinessCheck> checks, CancellationToken cancellationToken)
    {
        var failing = new List<string>();
        if (!await CanConnectAsync(db, cancellationToken))
        {
            failing.Add("database unreachable");
        }

        foreach (var check in checks)
        {
            if (await check.ProblemAsync(cancellationToken) is { } problem)
            {
                failing.Add(problem);
            }
        }

        return failing.Count == 0
            ? Results.Text("ready", "text/plain")
            : Results.Text(string.Join('\n', failing), "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<bool> CanConnectAsync(MarqueeDbContext db, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            // A real read, not just a connection: a SQLite file that vanished would reopen empty.
            await db.CacheEvictions.Select(e => e.Id).FirstOrDefaultAsync(timeout.Token);
            return true;
        }
        catch (Exception error) when (error is System.Data.Common.DbException or InvalidOperationException
            || (error is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }
}

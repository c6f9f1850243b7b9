using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Platform.Health;

public static class HealthEndpoints
{
    /// <summary>/healthz: the process is up and can reach its database.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async (MarqueeDbContext db, CancellationToken cancellationToken) =>
        {
            var reachable = await db.Database.CanConnectAsync(cancellationToken);
            return reachable
                ? Results.Text("ok", "text/plain")
                : Results.Text("database unreachable", "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable);
        }).DisableHttpMetrics();
        return app;
    }
}

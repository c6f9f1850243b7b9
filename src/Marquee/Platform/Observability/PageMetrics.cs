using System.Diagnostics.Metrics;

namespace Marquee.Platform.Observability;

/// <summary>
/// What award night is watched by: public page requests and renders (their ratio is the cache hit
/// ratio) and how long a render takes, per route. Exported through OpenTelemetry as the "Marquee" meter.
/// </summary>
public sealed class PageMetrics
{
    public const string MeterName = "Marquee";

    private readonly Counter<long> _requests;
    private readonly Counter<long> _renders;
    private readonly Histogram<double> _renderSeconds;

    public PageMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _requests = meter.CreateCounter<long>("marquee.pages.requests", description: "Requests for public pages, feeds and APIs, served from cache or rendered");
        _renders = meter.CreateCounter<long>("marquee.pages.renders", description: "Public responses rendered because the page cache did not have them");
        _renderSeconds = meter.CreateHistogram<double>("marquee.pages.render.duration", unit: "s", description: "Time to render a public response on a cache miss");
    }

    /// <summary>Counts a request; names its route only when someone listens, since this runs on every cache hit.</summary>
    public void Requested(RouteEndpoint endpoint)
    {
        if (_requests.Enabled)
        {
            _requests.Add(1, new KeyValuePair<string, object?>("route", RouteOf(endpoint)));
        }
    }

    public void Rendered(RouteEndpoint endpoint, TimeSpan took)
    {
        var tag = new KeyValuePair<string, object?>("route", RouteOf(endpoint));
        _renders.Add(1, tag);
        _renderSeconds.Record(took.TotalSeconds, tag);
    }

    private static string RouteOf(RouteEndpoint endpoint) => "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
}

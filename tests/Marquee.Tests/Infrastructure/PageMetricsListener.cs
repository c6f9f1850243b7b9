using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Marquee.Platform.Observability;

namespace Marquee.Tests.Infrastructure;

/// <summary>
/// Reads one test server's page metrics as an OpenTelemetry exporter would: only the instruments its
/// own meter factory created, since other test servers in this process publish the same names.
/// </summary>
public sealed class PageMetricsListener : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<(string Instrument, string Route), long> _counts = new();

    public PageMetricsListener(MarqueeServer server)
    {
        var factory = server.Services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == PageMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) => Count(instrument, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) => Count(instrument, tags));
        _listener.Start();
    }

    /// <summary>How many measurements an instrument took for a route (e.g. "marquee.pages.renders", "/news/{slug}").</summary>
    public long Count(string instrument, string route) => _counts.GetValueOrDefault((instrument, route));

    public void Dispose() => _listener.Dispose();

    private void Count(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "route")
            {
                _counts.AddOrUpdate((instrument.Name, (string)tag.Value!), 1, (_, count) => count + 1);
            }
        }
    }
}

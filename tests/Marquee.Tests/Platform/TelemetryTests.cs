namespace Marquee.Tests.Platform;

/// <summary>With a collector configured, traces and metrics leave over OTLP, named as a collector's dashboards expect; pages are served as ever.</summary>
public sealed class TelemetryTests : IAsyncLifetime
{
    /// <summary>The article page's route as ASP.NET Core names it (a Razor Page's template, no leading slash) and as Marquee's meter does.</summary>
    private const string AspNetRoute = "news/{slug}";
    private const string Route = "/news/{slug}";

    private readonly RecordingEndpoint<OtlpCall> _collector = new(async request =>
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        return new OtlpCall(request.Path, body.ToArray());
    });

    private readonly MarqueeServer _server = new();

    public async ValueTask InitializeAsync()
    {
        await _collector.StartAsync();
        _server.Settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = _collector.Url.TrimEnd('/');
        _server.Settings["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        _server.Settings["OTEL_BSP_SCHEDULE_DELAY"] = "100";
        _server.Settings["OTEL_METRIC_EXPORT_INTERVAL"] = "200";
        await _server.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        await _collector.DisposeAsync();
    }

    [Fact]
    public async Task A_page_request_is_exported_as_a_server_span_and_counted_by_route_in_aspnet_cores_and_marquees_metrics()
    {
        var article = await new TestContent(_server).ArticleAsync("Traced Story");

        await HtmlPage.GetAsync(_server.Client, $"/news/{article.Slug}");

        var path = $"/news/{article.Slug}";
        var traces = await _collector.WaitForAsync(0, call => call.Path == "/v1/traces" && Otlp.Traces(call.Body).Spans.Any(s => s.Attributes.GetValueOrDefault("url.path") == path), $"to /v1/traces with a span for {path}");
        var (resource, spans) = Otlp.Traces(traces.Body);
        var span = spans.First(s => s.Attributes.GetValueOrDefault("url.path") == path);
        Assert.Equal("marquee", resource["service.name"]);
        Assert.Equal(
            ($"GET {AspNetRoute}", Otlp.ServerSpan, "GET", AspNetRoute, "200"),
            (span.Name, span.Kind, span.Attributes.GetValueOrDefault("http.request.method"), span.Attributes.GetValueOrDefault("http.route"), span.Attributes.GetValueOrDefault("http.response.status_code")));

        string[] expected = ["http.server.request.duration", "marquee.pages.requests", "marquee.pages.renders", "marquee.pages.render.duration"];
        // Each metric in whichever export first carries it: a busy machine can split one request's points across two.
        var metrics = new Dictionary<string, (string Scope, IReadOnlyDictionary<string, string> Point)>();
        foreach (var name in expected)
        {
            var exported = await _collector.WaitForAsync(0, call => call.Path == "/v1/metrics" && ForRoute(call).ContainsKey(name), $"to /v1/metrics with {name} for {Route}");
            metrics[name] = ForRoute(exported)[name];
        }

        Assert.Equal(("Microsoft.AspNetCore.Hosting", "200"), (metrics[expected[0]].Scope, metrics[expected[0]].Point["http.response.status_code"]));
        Assert.All(expected.Skip(1), name => Assert.Equal("Marquee", metrics[name].Scope));
    }

    /// <summary>Each metric with a data point for the article page (ASP.NET Core's carry http.route, Marquee's meter's route).</summary>
    private static Dictionary<string, (string Scope, IReadOnlyDictionary<string, string> Point)> ForRoute(OtlpCall call) =>
        Otlp.Metrics(call.Body).Metrics
            .SelectMany(metric => metric.Points.Where(p => p.GetValueOrDefault("http.route") == AspNetRoute || p.GetValueOrDefault("route") == Route).Select(point => (metric.Name, metric.Scope, point)))
            .DistinctBy(m => m.Name)
            .ToDictionary(m => m.Name, m => (m.Scope, m.point));

    /// <summary>One export the collector received: where it was posted and its protobuf body.</summary>
    private sealed record OtlpCall(string Path, byte[] Body)
    {
        public override string ToString() => $"{Path} ({Body.Length} bytes)";
    }
}

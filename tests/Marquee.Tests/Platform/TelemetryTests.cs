using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Platform;

/// <summary>With a collector configured, traces and metrics leave over OTLP; pages are served as ever.</summary>
public sealed class TelemetryTests : IAsyncLifetime
{
    private readonly RecordingEndpoint<string> _collector = new(request => Task.FromResult(request.Path.ToString()));
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
    public async Task Requests_are_exported_as_traces_and_metrics_to_the_configured_collector()
    {
        var article = await new TestContent(_server).ArticleAsync("Traced Story");

        await HtmlPage.GetAsync(_server.Client, $"/news/{article.Slug}");

        await _collector.WaitForAsync(0, path => path == "/v1/traces", "to /v1/traces");
        await _collector.WaitForAsync(0, path => path == "/v1/metrics", "to /v1/metrics");
    }
}

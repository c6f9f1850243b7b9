using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Marquee.Platform.Observability;

/// <summary>
/// OpenTelemetry metrics (ASP.NET Core's request rate and latency, the page cache's hits and renders)
/// and traces, sent over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT names a collector.
/// </summary>
public static class TelemetrySetup
{
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<PageMetrics>();
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("marquee"))
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddMeter(PageMetrics.MeterName))
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation());
        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        return services;
    }
}

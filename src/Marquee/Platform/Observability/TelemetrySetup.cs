using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Marquee.Platform.Observability;

/// <summary>
/// OpenTelemetry metrics (ASP.NET Core's request rate and latency, the page cache's hits and renders)
/// and traces, sent over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT names a collector. Without one nothing
/// is collected, so a cache hit pays for no activity or instrument it would throw away; the meters
/// still answer any listener (dotnet-counters, the tests).
/// </summary>
public static class TelemetrySetup
{
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<PageMetrics>();
        if (string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("marquee"))
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddMeter(PageMetrics.MeterName))
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation())
            .UseOtlpExporter();
        return services;
    }
}

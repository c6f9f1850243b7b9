using Marquee.Media.Files;
using Marquee.Media.Ingest;
using Marquee.Media.Photos;
using Marquee.Media.Renditions;
using Marquee.Platform;
using Microsoft.Extensions.Options;

namespace Marquee.Media;

/// <summary>Photos: ingest, metadata, renditions in the background, and where their files live.</summary>
public static class MediaDesk
{
    public static IServiceCollection AddMedia(this IServiceCollection services, MarqueeOptions options)
    {
        ConfigureLibvips();
        services.BindOptions<MediaOptions>(MediaOptions.Section);
        // Made on first use, so S3 settings are checked at start before any client is built from them.
        services.AddSingleton<IMediaFiles>(provider => provider.GetRequiredService<IOptions<MediaOptions>>().Value.S3 is { IsConfigured: true } s3
            ? new S3MediaFiles(s3)
            : new LocalMediaFiles(Path.Combine(options.FullDataPath, "media")));
        services.AddSingleton<DecodeSlots>();
        services.AddSingleton<RenditionQueue>();
        services.AddSingleton<RenditionSchedule>();
        services.AddHostedService<RenditionWorker>();
        services.AddScoped<RenditionRun>();
        services.AddHostedService<UnclaimedFileSweep>();
        services.AddScoped<PhotoIngest>();
        services.AddScoped<PhotoQueries>();
        services.AddScoped<TrackedPhotos>();
        services.AddScoped<PhotoFiles>();
        return services;
    }

    public static WebApplication MapMedia(this WebApplication app)
    {
        app.MapMediaFiles();
        return app;
    }

    /// <summary>
    /// libvips is process-wide: one thread per operation (the decode slots give one per core), no
    /// operation cache (it would keep decoded originals alive), and only the loaders of formats
    /// Marquee accepts (no SVG, PDF or other untrusted loaders, whatever the bytes claim).
    /// </summary>
    private static void ConfigureLibvips()
    {
        NetVips.NetVips.Concurrency = 1;
        NetVips.Cache.Max = 0;
        NetVips.NetVips.BlockUntrusted = true;
    }
}

using System.IO.Compression;
using Marquee.Platform.Caching;
using Marquee.Platform.Health;
using Marquee.Platform.Http;
using Marquee.Platform.Jobs;
using Marquee.Platform.Mail;
using Marquee.Platform.Observability;
using Marquee.Platform.Origin;
using Marquee.Platform.Redis;
using Marquee.Platform.Security;
using Marquee.Platform.Work;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Net.Http.Headers;

namespace Marquee.Platform;

/// <summary>Cross-cutting host pieces: options, output cache and its eviction, compression, health.</summary>
public static class PlatformDesk
{
    public static MarqueeOptions AddPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.Section<MarqueeOptions>(MarqueeOptions.Section);
        services.BindOptions<MarqueeOptions>(MarqueeOptions.Section);
        services.BindOptions<SiteOptions>(SiteOptions.Section);
        services.AddSingleton<ReaderTimes>();
        services.BindOptions<OutputCacheSettings>(OutputCacheSettings.Section);
        services.BindOptions<CdnOptions>(CdnOptions.Section);
        services.BindOptions<ForwardedHeadersSettings>(ForwardedHeadersSettings.Section);
        services.BindOptions<HstsSettings>(HstsSettings.Section);
        services.BindOptions<HttpOptions>(HttpOptions.Section);
        services.BindOptions<ContentSecurityPolicyOptions>(ContentSecurityPolicyOptions.Section);
        services.BindOptions<SmtpOptions>(SmtpOptions.Section);
        services.BindOptions<WorkOptions>(WorkOptions.Section);
        services.AddSingleton(TimeProvider.System);
        services.AddOrigin();
        // Keys beside the data, so every process sharing a data folder reads the others' cookies and tokens.
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.FullDataPath, "keys")));
        services.AddOutputCache();
        services.AddRedisWhenConfigured(options, configuration.Section<OutputCacheSettings>(OutputCacheSettings.Section));
        services.AddTelemetry(configuration);
        services.AddHttpHardening();
        services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        services.AddScoped<ContentChanges>();
        services.AddSingleton<Mailer>();
        services.AddSingleton<SpentChallenges>();
        services.AddSingleton<WorkChallenges>();
        services.AddSingleton<OwnEvictions>();
        services.AddScoped<JobLeases>();
        services.AddScoped<JobFailures>();
        services.AddSingleton<NodeIdentity>();
        services.AddSingleton<StaleCopies>();
        services.AddSingleton<CdnPurgeQueue>();
        services.AddSingleton<ICommittedChangeObserver>(provider => provider.GetRequiredService<CdnPurgeQueue>());
        services.AddHostedService<CdnPurger>();
        services.AddHttpClient(CdnPurger.ClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddHostedService<EvictionLogFollower>();
        services.AddResponseCompression(compression =>
        {
            compression.MimeTypes = ContentCodings.CompressedTypes;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
        });
        services.AddSingleton<IResponseCompressionProvider, NegotiatedCompression>();
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.AddReadyPages(configuration.Section<OutputCacheSettings>(OutputCacheSettings.Section));
        return options;
    }

    /// <summary>
    /// Order matters: a page ready in memory is answered first (<see cref="WarmPath"/>), before routing; then the output cache
    /// answers, from compressed bytes with their ETag, so a hit costs neither authentication, compression, hashing nor a
    /// static-file lookup.
    /// </summary>
    public static WebApplication UsePlatform(this WebApplication app)
    {
        var ready = app.Services.GetService<ReadyPages>() is not null;
        if (ready)
        {
            app.UseMiddleware<WarmPath>();
        }

        app.UseHttpEdge();
        app.UseRouting();
        app.UseMiddleware<PublicPageRequests>();
        if (ready)
        {
            app.UseMiddleware<ReadyPageCapture>();
        }

        app.UseOutputCache();

        // Called here, the host does not add them in front of everything: a cache hit, for anyone, never pays for them.
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = ImmutableWhenVersioned });
        app.UseUncachedWorkGuards();
        app.UseMiddleware<PublicResponseHeaders>();
        return app;
    }

    public static WebApplication MapPlatform(this WebApplication app)
    {
        app.MapHealth();
        return app;
    }

    /// <summary>
    /// Files linked with asp-append-version carry their hash in ?v=, so they never change under that URL. Browsers
    /// also ask for /favicon.ico by name, on every first visit: that is kept a week.
    /// </summary>
    private static void ImmutableWhenVersioned(Microsoft.AspNetCore.StaticFiles.StaticFileResponseContext context)
    {
        var request = context.Context.Request;
        context.Context.Response.Headers[HeaderNames.CacheControl] = request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable"
            : request.Path == "/favicon.ico" ? "public, max-age=604800"
            : "public, max-age=3600";
    }
}

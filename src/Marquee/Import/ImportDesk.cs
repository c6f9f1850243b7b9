using Marquee.Import.Crawl;
using Marquee.Import.Ghost;
using Marquee.Import.Html;
using Marquee.Import.Photos;
using Marquee.Import.Wxr;
using Marquee.Platform;

namespace Marquee.Import;

/// <summary>Reading other systems' content (crawled pages, Ghost and WordPress exports) into Marquee.</summary>
public static class ImportDesk
{
    /// <summary>Every format Marquee reads, listed once: the runner gets them from DI, the CLI's --format choices from here (it parses before DI exists).</summary>
    public static readonly IReadOnlyList<IImportFormat> Formats = [new CrawlFormat(), new GhostFormat(), new WxrFormat(), new HtmlFormat()];

    public static IServiceCollection AddImport(this IServiceCollection services)
    {
        foreach (var format in Formats)
        {
            services.AddSingleton(format);
        }

        services.BindOptions<ImportOptions>(ImportOptions.Section);
        // The deadline is PhotoFetch's own, covering the body as well as the headers, so the client's is off.
        services.AddHttpClient(PhotoFetch.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<PhotoFetch>().AddScoped<LibraryPhotos>();
        return services.AddSingleton<ImportRunner>().AddScoped<ImportBatchWriter>();
    }
}

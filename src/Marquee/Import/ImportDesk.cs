using Marquee.Import.Crawl;
using Marquee.Import.Ghost;

namespace Marquee.Import;

/// <summary>Reading other systems' content (crawled pages, Ghost exports) into Marquee.</summary>
public static class ImportDesk
{
    public static IServiceCollection AddImport(this IServiceCollection services) =>
        services
            .AddSingleton<IImportFormat, CrawlFormat>()
            .AddSingleton<IImportFormat, GhostFormat>()
            .AddSingleton<ImportRunner>()
            .AddScoped<ImportBatchWriter>();
}

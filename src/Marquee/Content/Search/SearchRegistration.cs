using Marquee.Platform;
using Marquee.Storage;

namespace Marquee.Content.Search;

/// <summary>Search's services: the engine of the configured database, the index writer, the spelling table, the page's guards.</summary>
public static class SearchRegistration
{
    public static IServiceCollection AddSearch(this IServiceCollection services) =>
        services
            .BindOptions<SearchOptions>(SearchOptions.Section)
            .AddScoped<ISearchEngine>(provider => provider.GetRequiredService<DatabaseTarget>().IsPostgres
                ? new PostgresSearchEngine(provider.GetRequiredService<MarqueeDbContext>())
                : new SqliteSearchEngine(provider.GetRequiredService<MarqueeDbContext>()))
            .AddScoped<SearchDocuments>()
            .AddScoped<SearchIndexWriter>()
            .AddScoped<SpellingTable>()
            .AddScoped<SpellingCorrections>()
            .AddScoped<ArticleSearch>()
            .AddScoped<SearchReindex>()
            .AddSingleton<SearchRateLimit>();
}

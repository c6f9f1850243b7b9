using Marquee.Platform;
using Marquee.Storage;

namespace Marquee.Content.Search;

/// <summary>Search's services: the engine of the configured database, the index writer, the spelling table, the page's guards.</summary>
public static class SearchRegistration
{
    public static IServiceCollection AddSearch(this IServiceCollection services) =>
        services
            .BindOptions<SearchOptions>(SearchOptions.Section)
            .AddForDatabase<ISearchEngine>(db => new PostgresSearchEngine(db), db => new SqliteSearchEngine(db))
            .AddForDatabase<ISpellingNeighbours>(db => new TrigramNeighbours(db), db => new FirstLetterNeighbours(db))
            .AddScoped<SearchDocuments>()
            .AddScoped<SearchIndexWriter>()
            .AddScoped<SpellingTable>()
            .AddScoped<SpellingCorrections>()
            .AddScoped<ArticleSearch>()
            .AddScoped<SearchReindex>()
            .AddSingleton<SearchRateLimit>();

    /// <summary>A scoped service made one way on PostgreSQL and another on SQLite.</summary>
    private static IServiceCollection AddForDatabase<T>(this IServiceCollection services, Func<MarqueeDbContext, T> postgres, Func<MarqueeDbContext, T> sqlite)
        where T : class =>
        services.AddScoped(provider =>
        {
            var db = provider.GetRequiredService<MarqueeDbContext>();
            return provider.GetRequiredService<DatabaseTarget>().IsPostgres ? postgres(db) : sqlite(db);
        });
}

using Microsoft.EntityFrameworkCore;

namespace Marquee.Storage;

public static class StorageDesk
{
    /// <summary>Takes the provider and data folder as values, not Platform's options: Storage is the desk below Platform.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration, bool isPostgres, string fullDataPath)
    {
        var connectionString = ConnectionStrings.Resolve(configuration, isPostgres, fullDataPath);
        services.AddSingleton(new DatabaseTarget(isPostgres, connectionString));
        services.AddDbContextPool<MarqueeDbContext>(db =>
        {
            if (isPostgres)
            {
                db.UseNpgsql(connectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
            }
            else
            {
                db.UseSqlite(connectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
            }

            // Articles load a handful of authors and tags: one joined query beats a round trip per collection.
            db.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        });
        services.AddSingleton<DatabaseMigrator>();
        return services;
    }
}

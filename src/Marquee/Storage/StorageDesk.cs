using Marquee.Platform;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Storage;

public static class StorageDesk
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration, MarqueeOptions options)
    {
        var connectionString = ConnectionStrings.Resolve(configuration, options);
        services.AddSingleton(new DatabaseTarget(options.Database.IsPostgres, connectionString));
        services.AddDbContextPool<MarqueeDbContext>(db =>
        {
            if (options.Database.IsPostgres)
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

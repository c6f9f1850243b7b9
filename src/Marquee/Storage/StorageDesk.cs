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
                db.UseNpgsql(connectionString);
            }
            else
            {
                db.UseSqlite(connectionString);
            }

            db.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        });
        services.AddSingleton<DatabaseMigrator>();
        return services;
    }
}

using Marquee.Storage;
using Marquee.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Architecture;

/// <summary>The EF model and the migrated schema (SQLite or PostgreSQL, see TestDatabase) must agree: a model change without a migration fails here, not in production.</summary>
public sealed class MigrationCanaryTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    [Fact]
    public void Every_mapped_column_exists_in_the_migrated_sqlite_schema()
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();

        var missing = db.Model.GetEntityTypes()
            .SelectMany(entity => entity.GetProperties().Select(p => (Table: entity.GetTableName()!, Column: p.GetColumnName())))
            .Where(c => !server.Database.Columns(c.Table).Contains(c.Column))
            .Select(c => $"{c.Table}.{c.Column}")
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_required_schema_column_is_mapped()
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();

        var unmapped = db.Model.GetEntityTypes()
            .SelectMany(entity => server.Database.Columns(entity.GetTableName()!)
                .Except(entity.GetProperties().Select(p => p.GetColumnName()))
                .Select(column => $"{entity.GetTableName()}.{column}"))
            .ToList();

        Assert.Empty(unmapped);
    }
}

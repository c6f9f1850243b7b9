using Marquee.Storage;
using Marquee.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Marquee.Tests.Architecture;

/// <summary>The EF model and the migrated schema (SQLite or PostgreSQL, see TestDatabase) must agree: a model change without a migration fails here, not in production.</summary>
public sealed class MigrationCanaryTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    [Fact]
    public void Every_mapped_column_exists_in_the_migrated_sqlite_schema()
    {
        var missing = TablesAndColumns()
            .SelectMany(table => table.Columns.Where(column => !server.Database.Columns(table.Name).Contains(column)).Select(column => $"{table.Name}.{column}"))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_required_schema_column_is_mapped()
    {
        var unmapped = TablesAndColumns()
            .SelectMany(table => server.Database.Columns(table.Name).Except(table.Columns).Select(column => $"{table.Name}.{column}"))
            .ToList();

        Assert.Empty(unmapped);
    }

    /// <summary>Each table's mapped columns; a type stored as JSON is one column of its owner's table, not columns of its own.</summary>
    private List<(string Name, List<string> Columns)> TablesAndColumns()
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        return db.Model.GetEntityTypes()
            .Where(entity => !entity.IsMappedToJson())
            .Select(entity => (entity.GetTableName()!, entity.GetProperties().Select(p => p.GetColumnName()).Concat(JsonColumns(entity)).ToList()))
            .ToList();
    }

    private static IEnumerable<string> JsonColumns(IEntityType entity) =>
        entity.GetNavigations().Select(n => n.TargetEntityType).Where(t => t.IsMappedToJson()).Select(t => t.GetContainerColumnName()!);
}

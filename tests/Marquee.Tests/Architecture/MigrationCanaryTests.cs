using Marquee.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Marquee.Tests.Architecture;

/// <summary>
/// The EF model and the migrated schema (SQLite or PostgreSQL, see TestDatabase) must agree — column names, types,
/// nullability, primary keys and indexes: a model change without a migration fails here, not in production.
/// </summary>
public sealed class MigrationCanaryTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    /// <summary>
    /// The model's indexes the migrations made otherwise, each for its reason: the feature photo's is partial
    /// (WHERE feature_photo_id IS NOT NULL, M0010), which serves every lookup of a photo's articles.
    /// </summary>
    private static readonly string[] ModelIndexesMigratedOtherwise = ["articles: index (feature_photo_id)"];

    private readonly MigratedSchema _schema = new(server.Database);

    [Fact]
    public void Every_mapped_column_exists_in_the_migrated_schema()
    {
        var missing = Tables()
            .SelectMany(table => table.Columns.Select(c => c.Name).Except(server.Database.Columns(table.Name)).Select(column => $"{table.Name}.{column}"))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_required_schema_column_is_mapped()
    {
        var unmapped = Tables()
            .SelectMany(table => server.Database.Columns(table.Name).Except(table.Columns.Select(c => c.Name)).Select(column => $"{table.Name}.{column}"))
            .ToList();

        Assert.Empty(unmapped);
    }

    [Fact]
    public void Every_mapped_column_has_the_models_type_and_nullability()
    {
        var differences = Tables()
            .SelectMany(table => table.Columns.Join(_schema.Columns(table.Name), c => c.Name, c => c.Name, (model, migrated) => (Table: table.Name, model, migrated)))
            .Where(pair => !SameType(pair.model.StoreType, pair.migrated.Type) || pair.model.IsNullable != pair.migrated.Nullable)
            .Select(pair => $"{pair.Table}.{pair.model.Name}: model {Describe(pair.model.StoreType, pair.model.IsNullable)}, migrated {Describe(pair.migrated.Type, pair.migrated.Nullable)}")
            .ToList();

        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }

    /// <summary>
    /// Every key and index of the model exists migrated (a unique index serves where the model asks for a plain one).
    /// The migrations add indexes of their own for queries (partial ones too), which the model need not name.
    /// </summary>
    [Fact]
    public void Every_key_and_index_of_the_model_is_migrated()
    {
        var missing = Tables()
            .SelectMany(table => Indexes(table).Except(_schema.Indexes(table.Name).SelectMany(AlsoServes)).Select(index => $"{table.Name}: {index}"))
            .ToList();

        Assert.Equal(ModelIndexesMigratedOtherwise, missing);
    }

    /// <summary>The tables the model maps, from EF's relational model (a type stored as JSON is one column of its owner's table).</summary>
    private List<ITable> Tables()
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        return [.. db.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables];
    }

    private static List<string> Indexes(ITable table) =>
        table.UniqueConstraints.Select(key => $"{(key.GetIsPrimaryKey() ? "primary key" : "unique")} ({Names(key.Columns)})")
            .Concat(table.Indexes.Select(index => $"{(index.IsUnique ? "unique" : "index")} ({Names(index.Columns)}){(index.Filter is null ? "" : " where …")}"))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<string> AlsoServes(string index) =>
        index.StartsWith("unique (", StringComparison.Ordinal) ? [index, "index" + index["unique".Length..]] : [index];

    private static string Names(IEnumerable<IColumn> columns) => string.Join(", ", columns.Select(c => c.Name));

    private static string Describe(string type, bool nullable) => $"{type} {(nullable ? "null" : "not null")}";

    /// <summary>
    /// PostgreSQL: the same type, where the model's "text" stands for any string column (the migrations' varchar
    /// lengths are the database's own limit; the model names none). SQLite keeps a value by its column's affinity, not
    /// its declared name, so the affinities must agree, except that "timestamptz" and "jsonb" (NUMERIC affinity: the
    /// names ColumnTypes gives every provider) keep EF's ISO times and JSON documents as the text they are, and
    /// NUMERIC keeps a double EF writes as the same double.
    /// </summary>
    private static bool SameType(string model, string migrated) =>
        TestDatabase.IsPostgres
            ? string.Equals(PostgresFamily(model), PostgresFamily(migrated), StringComparison.OrdinalIgnoreCase)
            : SqliteAffinity(model) == SqliteAffinity(migrated)
              || (SqliteAffinity(model), migrated.ToLowerInvariant()) is ("TEXT", "timestamptz" or "jsonb") or ("REAL", "numeric");

    private static string PostgresFamily(string type) =>
        type.StartsWith("character varying", StringComparison.OrdinalIgnoreCase) ? "text" : type;

    /// <summary>SQLite's rules for a declared type's affinity (https://sqlite.org/datatype3.html, 3.1), in their order.</summary>
    private static string SqliteAffinity(string declared)
    {
        var type = declared.ToUpperInvariant();
        return type.Contains("INT", StringComparison.Ordinal) ? "INTEGER"
            : type.Contains("CHAR", StringComparison.Ordinal) || type.Contains("CLOB", StringComparison.Ordinal) || type.Contains("TEXT", StringComparison.Ordinal) ? "TEXT"
            : type.Length == 0 || type.Contains("BLOB", StringComparison.Ordinal) ? "BLOB"
            : type.Contains("REAL", StringComparison.Ordinal) || type.Contains("FLOA", StringComparison.Ordinal) || type.Contains("DOUB", StringComparison.Ordinal) ? "REAL"
            : "NUMERIC";
    }
}

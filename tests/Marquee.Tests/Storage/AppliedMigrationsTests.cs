using Marquee.Storage;

namespace Marquee.Tests.Storage;

/// <summary>A node skips the migration runner only when its database has every migration this build knows.</summary>
public sealed class AppliedMigrationsTests : IDisposable
{
    private const long FirstMigration = 2026_11_24_0001;

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "marquee-tests", Guid.NewGuid().ToString("n"));
    private readonly TestDatabase _database;

    public AppliedMigrationsTests()
    {
        Directory.CreateDirectory(_dataPath);
        _database = new TestDatabase(_dataPath);
    }

    private DatabaseTarget Target => new(TestDatabase.IsPostgres, _database.ConnectionString);

    [Fact]
    public void An_empty_or_partly_migrated_database_is_migrated_and_a_current_one_is_left_alone()
    {
        Assert.False(AppliedMigrations.AreAllIn(Target));

        _database.MigrateTo(FirstMigration);
        Assert.False(AppliedMigrations.AreAllIn(Target));

        Assert.NotEmpty(new DatabaseMigrator(Target).Migrate());
        Assert.True(AppliedMigrations.AreAllIn(Target));
        var migrated = _database.Fingerprint();

        Assert.Empty(new DatabaseMigrator(Target).Migrate());
        Assert.Equal(migrated, _database.Fingerprint());
    }

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_dataPath, recursive: true);
    }
}

using Marquee.Content;
using Marquee.Demo;
using Marquee.Import;
using Marquee.Media.Photos;
using Marquee.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Marquee.Tests.Infrastructure;

/// <summary>
/// A real Marquee: Kestrel on a free 127.0.0.1 port and its own database (see TestDatabase), migrated and empty.
/// Shared by the tests of one class; every test arranges its own data with unique slugs.
/// </summary>
public sealed class MarqueeServer : IAsyncLifetime
{
    private readonly string _dataPath;
    private readonly TestDatabase _database;
    private readonly bool _ownsData;
    private WebApplication? _app;

    public MarqueeServer()
        : this(Path.Combine(Path.GetTempPath(), "marquee-tests", Guid.NewGuid().ToString("n")), null)
    {
    }

    private MarqueeServer(string dataPath, TestDatabase? sharedDatabase)
    {
        _dataPath = dataPath;
        _ownsData = sharedDatabase is null;
        _database = sharedDatabase ?? new TestDatabase(dataPath);
        Settings["Marquee:DataPath"] = _dataPath;
        foreach (var (key, value) in _database.Settings)
        {
            Settings[key] = value;
        }
    }

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public string DataPath => _dataPath;

    public TestDatabase Database => _database;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Settings a test class may override before the server starts, e.g. turning the output cache off.</summary>
    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Marquee:Demo:LoadOnFirstRun"] = "false",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    public async ValueTask InitializeAsync()
    {
        // No watcher on appsettings.json: each costs an inotify instance, and a suite's servers side by side used up the user's 128.
        _app = Program.BuildApp(["--urls", "http://127.0.0.1:0", "--hostBuilder:reloadConfigOnChange=false"], Settings);
        _app.Services.GetRequiredService<DatabaseMigrator>().Migrate();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = BaseAddress };
    }

    /// <summary>A server on a database a test prepared (e.g. at an older migration); the test disposes the database and folder.</summary>
    public static MarqueeServer On(string dataPath, TestDatabase database) => new(dataPath, database);

    /// <summary>A second node configured like this one, on its database and data folder, with a cache of its own: start and dispose it yourself.</summary>
    public MarqueeServer AnotherNode()
    {
        var node = new MarqueeServer(_dataPath, _database);
        foreach (var (key, value) in Settings)
        {
            node.Settings[key] = value;
        }

        return node;
    }

    /// <summary>Waits until the background worker has made every photo's renditions (the demo gallery's too), so no page links a missing file.</summary>
    public async Task RenditionsMadeAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await using var scope = Services.CreateAsyncScope();
            var pending = await scope.ServiceProvider.GetRequiredService<PhotoQueries>().PendingRenditionsAsync(TestContext.Current.CancellationToken);
            if (pending.Count == 0)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Renditions of {pending.Count} photo(s) were not made within 60 s");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Writes content the way the product does: one transaction on a scope of its own, evictions on commit.</summary>
    public async Task<T> WriteAsync<T>(Func<IServiceProvider, CancellationToken, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentTransaction>().RunAsync(token => work(scope.ServiceProvider, token), TestContext.Current.CancellationToken);
    }

    /// <summary>Loads the demo content as `marquee demo` does, in a scope of its own.</summary>
    public async Task<ImportCounts> LoadDemoAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DemoLoader>().LoadAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Stops this node and keeps its data: <see cref="InitializeAsync"/> starts it again, as after downtime.</summary>
    public async Task StopAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            var database = _app.Services.GetRequiredService<DatabaseTarget>();
            await _app.StopAsync();
            await _app.DisposeAsync();
            TestDatabase.ClearPool(database);
            _app = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (!_ownsData)
        {
            return;
        }

        _database.Dispose();
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }
}

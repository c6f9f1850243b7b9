using Marquee.Content.Articles;
using Marquee.Import;

namespace Marquee.Tests.Import;

/// <summary>
/// A fresh Marquee (Kestrel and its own SQLite file) for one test, importing Ghost files through the real runner.
/// "Created" counts and "unchanged" fingerprints mean nothing on a shared database, hence one per test.
/// </summary>
public sealed class GhostHarness : IAsyncDisposable
{
    public static readonly string Corpus = Path.Combine(Repository.Corpus, "ghost");

    private readonly ScratchFolder _scratch = new("marquee-ghost-");

    public MarqueeServer Server { get; } = new();

    public Task StartAsync() => Server.InitializeAsync().AsTask();

    /// <summary>Imports a file of the shared corpus, named relative to its ghost/ folder.</summary>
    public Task<ImportCounts> ImportCorpusAsync(string file) => ImportAsync(Path.Combine(Corpus, file));

    public Task<ImportCounts> ImportAsync(string path) =>
        Server.Services.GetRequiredService<ImportRunner>().ImportAsync(path, "ghost", progress: null, TestContext.Current.CancellationToken);

    /// <summary>Writes a hand-made export to a scratch file and returns its path.</summary>
    public Task<string> WriteAsync(string json, string name = "export.json") => _scratch.WriteAsync(json, name);

    public Task<ArticleDetail> ArticleAsync(string slug) => TestContent.LoadAsync(Server, slug);

    public string Fingerprint() => Server.Database.Fingerprint();

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        _scratch.Dispose();
    }
}

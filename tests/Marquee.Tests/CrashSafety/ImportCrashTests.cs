using Marquee.Import;
using Marquee.Import.Crawl;
using Marquee.Import.Ghost;

namespace Marquee.Tests.CrashSafety;

/// <summary>
/// `marquee import` of a folder killed (SIGKILL) at points spread over the run: each file is in the database whole or not at
/// all (one transaction per file, in name order), the SQLite file is intact, and importing again ends exactly where a clean
/// import ends.
/// </summary>
public sealed class ImportCrashTests : IDisposable
{
    private const int Kills = 3;

    /// <summary>Corpus files in the order the folder import takes them; some share tags, authors and stories.</summary>
    private static readonly string[] CorpusFiles =
    [
        "ghost/core-export/v4_export.json",
        "ghost/core-export-legacy/export-authors.json",
        "ghost/ghost-export.json",
        "ghost/core-export-legacy/lts/export-003-mu.json",
        "crawl/000_ad9000b7151e503e.txt",
    ];

    private static readonly string[] ContentQueries =
    [
        "SELECT 'article', slug, headline, dek, body_markdown, body_html, excerpt, status, published_at, feature_image_url, source_key FROM articles",
        "SELECT 'tag', slug, name, kind, description FROM tags",
        "SELECT 'author', slug, name, bio, photo_url FROM authors",
        "SELECT 'page', slug, title, body_markdown, body_html, is_published FROM static_pages",
        "SELECT 'byline', a.slug, p.slug, l.position FROM article_authors l JOIN articles a ON a.id = l.article_id JOIN authors p ON p.id = l.author_id",
        "SELECT 'tagged', a.slug, t.slug, l.position FROM article_tags l JOIN articles a ON a.id = l.article_id JOIN tags t ON t.id = l.tag_id",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("marquee-import-crash-").FullName;
    private readonly List<MarqueeCli> _clis = [];

    public ImportCrashTests()
    {
        for (var i = 0; i < CorpusFiles.Length; i++)
        {
            File.Copy(Path.Combine(Repository.Corpus, CorpusFiles[i]), Path.Combine(_folder, $"{i + 1}-{Path.GetFileName(CorpusFiles[i])}"));
        }
    }

    [Fact]
    public async Task A_killed_import_leaves_whole_files_and_importing_again_matches_a_clean_import()
    {
        var clean = await MigratedAsync();
        var (firstWrite, end) = await TimedImportAsync(clean);
        var expected = Content(clean.Database);
        var files = FileContents();

        // One database killed again and again, as an operator retrying an import on a crashing machine would: each run is
        // killed a while after it first commits a file, as the whole run is mostly the process starting.
        var retried = await MigratedAsync();
        foreach (var delay in KillPoints.Spread(seed: 3201, Kills, end - firstWrite))
        {
            var before = Slugs(retried.Database).Count;
            await retried.RunKilledWhenAsync(ImportCommand, async ended =>
            {
                await StoresMoreThanAsync(retried.Database, before, ended);
                await Task.Delay(delay, ended);
            });

            Assert.Equal("ok", retried.Database.IntegrityCheck());
            AssertWholeFilesInOrder(retried.Database, files, delay);
        }

        var (exit, _, error) = await retried.RunAsync(ImportCommand);
        Assert.True(exit == 0, $"importing again after the kills: {error}");
        Assert.Equal(expected, Content(retried.Database));
    }

    public void Dispose()
    {
        _clis.ForEach(cli => cli.Dispose());
        Directory.Delete(_folder, recursive: true);
    }

    private string ImportCommand => $"import \"{_folder}\"";

    private async Task<MarqueeCli> MigratedAsync()
    {
        var cli = new MarqueeCli();
        _clis.Add(cli);
        var (exit, _, error) = await cli.RunAsync("migrate");
        Assert.True(exit == 0, error);
        return cli;
    }

    private static async Task StoresMoreThanAsync(TestDatabase database, int records, CancellationToken ended)
    {
        while (Slugs(database).Count <= records)
        {
            await Task.Delay(10, ended);
        }
    }

    /// <summary>A clean import, and when (from its start) it first wrote and when it ended: the kills land between the two.</summary>
    private async Task<(TimeSpan FirstWrite, TimeSpan End)> TimedImportAsync(MarqueeCli cli)
    {
        var started = DateTime.UtcNow;
        var import = cli.RunAsync(ImportCommand);
        var firstWrite = TimeSpan.Zero;
        while (!import.IsCompleted && firstWrite == TimeSpan.Zero)
        {
            if (cli.Database.Scalar("SELECT COUNT(*) FROM tags") != "0")
            {
                firstWrite = DateTime.UtcNow - started;
            }

            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        var (exit, _, error) = await import;
        Assert.True(exit == 0, error);
        var end = DateTime.UtcNow - started;
        return (firstWrite == TimeSpan.Zero ? end : firstWrite, end);
    }

    /// <summary>What each file brings that no other file does, as "kind slug", read by the product's own format readers.</summary>
    private List<(string File, HashSet<string> Items)> FileContents()
    {
        IImportFormat[] formats = [new GhostFormat(), new CrawlFormat()];
        var brought = Directory.GetFiles(_folder).Order(StringComparer.Ordinal)
            .Select(path => (File: Path.GetFileName(path), Batch: formats.First(f => f.Recognises(path)).Read(path)))
            .Select(file => (file.File, Items: file.Batch.Tags.Select(t => $"tag {t.Item.Slug}")
                .Concat(file.Batch.Authors.Select(a => $"author {a.Item.Slug}"))
                .Concat(file.Batch.Articles.Select(a => $"article {a.Item.Slug}"))
                .Concat(file.Batch.Pages.Select(p => $"page {p.Item.Slug}"))
                .ToHashSet(StringComparer.Ordinal)))
            .ToList();
        return [.. brought.Select(file => (file.File, file.Items.Where(item => brought.Count(other => other.Items.Contains(item)) == 1).ToHashSet(StringComparer.Ordinal)))];
    }

    /// <summary>Each file's own records are all present or all absent, and the present files are the first ones in name order.</summary>
    private static void AssertWholeFilesInOrder(TestDatabase database, List<(string File, HashSet<string> Items)> files, TimeSpan delay)
    {
        var stored = Slugs(database);
        var present = files.Select(file =>
        {
            var found = file.Items.Count(stored.Contains);
            Assert.True(found == 0 || found == file.Items.Count,
                $"killed {delay.TotalMilliseconds:F0} ms after a commit, {file.File} is torn: {found} of its {file.Items.Count} records are stored");
            return found > 0;
        }).ToList();
        Assert.True(present.SkipWhile(p => p).All(p => !p), $"killed {delay.TotalMilliseconds:F0} ms after a commit, files are stored out of order: {string.Join(", ", present)}");
    }

    private static HashSet<string> Slugs(TestDatabase database) => database.Lines(
        "SELECT 'tag ' || slug FROM tags UNION ALL SELECT 'author ' || slug FROM authors UNION ALL " +
        "SELECT 'article ' || slug FROM articles UNION ALL SELECT 'page ' || slug FROM static_pages").ToHashSet(StringComparer.Ordinal);

    /// <summary>The imported content without ids or times (a killed run's transactions may have used up ids), in a fixed order.</summary>
    private static List<string> Content(TestDatabase database) => [.. ContentQueries.SelectMany(database.Lines).Order(StringComparer.Ordinal)];
}

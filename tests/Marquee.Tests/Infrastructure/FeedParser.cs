using System.Diagnostics;
using System.Text.Json;

namespace Marquee.Tests.Infrastructure;

/// <summary>
/// Runs npm's feedparser (tests/clients/parse-feed.mjs, installed by `npm ci` in tests/clients) on a
/// feed's bytes: an independent reading of what Marquee wrote, in strict mode.
/// </summary>
public static class FeedParser
{
    private static readonly string Clients = Path.Combine(Repository.Root, "tests", "clients");
    private static readonly Lazy<Task> Installed = new(InstallAsync);

    public static async Task<JsonElement> ParseAsync(byte[] feed)
    {
        await Installed.Value;
        var script = Path.Combine(Clients, "parse-feed.mjs");
        var start = new ProcessStartInfo("node", $"\"{script}\"")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.StandardInput.BaseStream.WriteAsync(feed, TestContext.Current.CancellationToken);
        process.StandardInput.Close();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"feedparser refused the feed: {await error}");
        return JsonDocument.Parse(await output).RootElement.Clone();
    }

    /// <summary>`dotnet test` alone must work on a fresh clone: the npm clients are installed on first use.</summary>
    private static async Task InstallAsync()
    {
        if (Directory.Exists(Path.Combine(Clients, "node_modules", "feedparser")))
        {
            return;
        }

        using var npm = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = Clients, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = npm.StandardError.ReadToEndAsync();
        await npm.StandardOutput.ReadToEndAsync();
        await npm.WaitForExitAsync();
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci in {Clients} failed: {await error}");
        }
    }
}

using System.Diagnostics;
using System.Text.Json;

namespace Marquee.Tests.Infrastructure;

/// <summary>
/// Runs a script of tests/clients (independent npm parsers, installed by `npm ci` on first use) on bytes
/// Marquee wrote, and returns the JSON the script printed. A non-zero exit fails the test with its complaint.
/// </summary>
public static class NodeClients
{
    private static readonly string Folder = Path.Combine(Repository.Root, "tests", "clients");
    private static readonly Lazy<Task> Installed = new(InstallAsync);

    public static async Task<JsonElement> RunAsync(string script, byte[] input, string refusal)
    {
        await Installed.Value;
        var start = new ProcessStartInfo("node", $"\"{Path.Combine(Folder, script)}\"")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.StandardInput.BaseStream.WriteAsync(input, TestContext.Current.CancellationToken);
        process.StandardInput.Close();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"{refusal}: {await error}");
        return JsonDocument.Parse(await output).RootElement.Clone();
    }

    /// <summary>`dotnet test` alone must work on a fresh clone, and on one whose node_modules predates a newly added client.</summary>
    private static async Task InstallAsync()
    {
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Folder, "package.json")));
        var missing = manifest.RootElement.GetProperty("dependencies").EnumerateObject()
            .Any(package => !Directory.Exists(Path.Combine(Folder, "node_modules", package.Name)));
        if (!missing)
        {
            return;
        }

        using var npm = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = npm.StandardError.ReadToEndAsync();
        await npm.StandardOutput.ReadToEndAsync();
        await npm.WaitForExitAsync();
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci in {Folder} failed: {await error}");
        }
    }
}

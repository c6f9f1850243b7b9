using Marquee.Content;
using Marquee.Import;
using Marquee.Storage;
using Microsoft.Extensions.Options;

namespace Marquee.Cli;

/// <summary>Runs a CLI command against the configured database: migrated first, failures as one line on stderr and exit code 1.</summary>
internal static class CliHost
{
    /// <summary>A command's standard output is its result (scripts read `key add`'s last line): log lines go to standard error.</summary>
    private static readonly Dictionary<string, string?> LogsToStandardError = new() { ["Logging:Console:LogToStandardErrorThreshold"] = "Trace" };

    public static async Task<int> RunAsync(Func<IServiceProvider, CancellationToken, Task<int>> command, CancellationToken cancellationToken, bool migrateFirst = true)
    {
        try
        {
            await using var app = Program.BuildApp([], LogsToStandardError);
            if (migrateFirst)
            {
                app.Services.GetRequiredService<DatabaseMigrator>().Migrate();
            }

            await using var scope = app.Services.CreateAsyncScope();
            return await command(scope.ServiceProvider, cancellationToken);
        }
        catch (Exception error) when (error is ImportException or ContentValidationException or InvalidOperationException or OptionsValidationException or IOException)
        {
            await Console.Error.WriteLineAsync($"marquee: {error.Message}");
            return 1;
        }
    }
}

using Marquee.Content;
using Marquee.Import;
using Marquee.Storage;

namespace Marquee.Cli;

/// <summary>Runs a CLI command against the configured database: migrated first, failures as one line on stderr and exit code 1.</summary>
internal static class CliHost
{
    public static async Task<int> RunAsync(Func<IServiceProvider, CancellationToken, Task<int>> command, CancellationToken cancellationToken, bool migrateFirst = true)
    {
        try
        {
            await using var app = Program.BuildApp([]);
            if (migrateFirst)
            {
                app.Services.GetRequiredService<DatabaseMigrator>().Migrate();
            }

            await using var scope = app.Services.CreateAsyncScope();
            return await command(scope.ServiceProvider, cancellationToken);
        }
        catch (Exception error) when (error is ImportException or ContentValidationException or InvalidOperationException or IOException)
        {
            await Console.Error.WriteLineAsync($"marquee: {error.Message}");
            return 1;
        }
    }
}

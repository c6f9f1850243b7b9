using System.CommandLine;
using Marquee.Storage;

namespace Marquee.Cli;

internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply pending schema migrations to the configured database.");
        command.SetAction((_, cancellationToken) => CliHost.RunAsync(
            (services, _) =>
            {
                var applied = services.GetRequiredService<DatabaseMigrator>().Migrate();
                Console.WriteLine(applied.Count == 0 ? "Database is up to date." : $"Applied {applied.Count} migration(s).");
                return Task.FromResult(0);
            },
            cancellationToken,
            migrateFirst: false));
        return command;
    }
}

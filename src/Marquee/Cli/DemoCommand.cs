using System.CommandLine;
using Marquee.Demo;

namespace Marquee.Cli;

internal static class DemoCommand
{
    public static Command Create()
    {
        var command = new Command("demo", "Load the demo content (the seed article among it); running it again changes nothing.");
        command.SetAction((_, cancellationToken) => CliHost.RunAsync(
            async (services, token) =>
            {
                var counts = await services.GetRequiredService<DemoLoader>().LoadAsync(token);
                Console.WriteLine($"Demo content loaded: {counts}");
                PrintSignIn(await services.GetRequiredService<DemoAdministrator>().CreateIfNoStaffAsync(token));
                return 0;
            },
            cancellationToken));
        return command;
    }

    /// <summary>Straight to the console, not the log: a password must not land in log storage.</summary>
    public static void PrintSignIn(string? signIn)
    {
        if (signIn is not null)
        {
            Console.WriteLine(signIn);
        }
    }
}

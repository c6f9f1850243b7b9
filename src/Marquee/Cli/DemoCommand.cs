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
                return 0;
            },
            cancellationToken));
        return command;
    }
}

using System.CommandLine;
using Marquee.Demo;
using Marquee.Platform;
using Marquee.Storage;
using Microsoft.Extensions.Options;

namespace Marquee.Cli;

internal static class ServeCommand
{
    public static readonly Option<string?> UrlsOption = new("--urls")
    {
        Description = "Addresses to listen on, e.g. http://127.0.0.1:5000 (default: ASP.NET Core's, http://localhost:5000)",
        Recursive = true,
    };

    public static Command Create()
    {
        var command = new Command("serve", "Serve the site and the newsroom (migrates the database first; loads the demo into an empty one).");
        command.SetAction(RunAsync);
        return command;
    }

    public static async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var urls = result.GetValue(UrlsOption);
        await using var app = Program.BuildApp(urls is null ? [] : ["--urls", urls]);
        app.Services.GetRequiredService<DatabaseMigrator>().Migrate();
        await LoadDemoOnFirstRunAsync(app.Services, cancellationToken);
        await app.RunAsync(cancellationToken);
        return 0;
    }

    /// <summary>A newcomer's first page should look like a news site, not an empty template.</summary>
    private static async Task LoadDemoOnFirstRunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var demo = services.GetRequiredService<DemoLoader>();
        if (services.GetRequiredService<IOptions<MarqueeOptions>>().Value.Demo.LoadOnFirstRun && await demo.IsEmptyAsync(cancellationToken))
        {
            await demo.LoadAsync(cancellationToken);
            DemoCommand.PrintSignIn(await services.GetRequiredService<DemoAdministrator>().CreateIfNoStaffAsync(cancellationToken));
        }
    }
}

using System.CommandLine;
using Marquee.Demo;
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
        app.Logger.LogInformation("Migrating the database");
        app.Services.GetRequiredService<DatabaseMigrator>().Migrate();
        await LoadDemoOnFirstRunAsync(app, cancellationToken);
        await app.RunAsync(cancellationToken);
        return 0;
    }

    /// <summary>A newcomer's first page should look like a news site, not an empty template.</summary>
    private static async Task LoadDemoOnFirstRunAsync(WebApplication app, CancellationToken cancellationToken)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var demo = scope.ServiceProvider.GetRequiredService<DemoLoader>();
        if (app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.LoadOnFirstRun && await demo.IsEmptyAsync(cancellationToken))
        {
            // The first run is the slow one (a newcomer sees nothing else happen for a while): say what it is doing.
            app.Logger.LogInformation("First run: loading the demo content; its photos' renditions are made in the background once the site is up");
            app.Logger.LogInformation("Demo content loaded: {Counts}", await demo.LoadAsync(cancellationToken));
            DemoCommand.PrintSignIn(await app.Services.GetRequiredService<DemoAdministrator>().CreateIfNoStaffAsync(cancellationToken));
        }
    }
}

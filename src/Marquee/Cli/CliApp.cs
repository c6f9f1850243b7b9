using System.CommandLine;

namespace Marquee.Cli;

/// <summary>`marquee [command]`: serve (the default), migrate, import, demo, user add|password, key add|list|remove, search reindex.</summary>
public static class CliApp
{
    public static Task<int> RunAsync(string[] args) => Create().Parse(args).InvokeAsync();

    /// <summary>The command tree (docs/architecture.md lists each command with its file).</summary>
    public static RootCommand Create()
    {
        var root = new RootCommand("Marquee: the publishing platform for entertainment newsrooms. Without a command, serves the site.");
        var serve = ServeCommand.Create();
        root.Options.Add(ServeCommand.UrlsOption);
        root.SetAction((result, cancellationToken) => ServeCommand.RunAsync(result, cancellationToken));
        root.Subcommands.Add(serve);
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(UserCommand.Create());
        root.Subcommands.Add(KeyCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        return root;
    }
}

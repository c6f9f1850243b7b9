using System.CommandLine;
using Marquee.Content.Search;
using Spectre.Console;

namespace Marquee.Cli;

/// <summary>`marquee search reindex`: rebuilds the search index and spelling table from the articles.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var reindex = new Command("reindex", "Rebuild the search index from the articles, in one transaction; running it again gives the same index.");
        reindex.SetAction((_, cancellationToken) => CliHost.RunAsync(
            async (services, token) =>
            {
                var run = services.GetRequiredService<SearchReindex>();
                var count = await WithProgressAsync(progress => run.RunAsync(progress, token));
                Console.WriteLine($"Indexed {count} published article(s).");
                return 0;
            },
            cancellationToken));
        return new Command("search", "The search index.") { reindex };
    }

    /// <summary>A progress bar on a terminal; a line per thousand articles when redirected (CI logs, pipes).</summary>
    private static async Task<int> WithProgressAsync(Func<IProgress<(int Done, int Total)>, Task<int>> reindex)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive || Console.IsOutputRedirected)
        {
            return await reindex(new Progress<(int Done, int Total)>(p =>
            {
                if (p.Done % 1000 == 0 && p.Done > 0)
                {
                    Console.Error.WriteLine($"Indexed {p.Done} of {p.Total}");
                }
            }));
        }

        return await AnsiConsole.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask("Indexing");
            return await reindex(new Progress<(int Done, int Total)>(p =>
            {
                task.MaxValue = Math.Max(p.Total, 1);
                task.Value = p.Done;
            }));
        });
    }
}

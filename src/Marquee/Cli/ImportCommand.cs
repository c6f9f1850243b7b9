using System.CommandLine;
using Marquee.Import;
using Spectre.Console;

namespace Marquee.Cli;

internal static class ImportCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A file, or a folder whose files are imported in name order" };
        var format = new Option<string?>("--format") { Description = FormatChoices() };
        format.AcceptOnlyFromAmong([.. ImportDesk.Formats.Select(f => f.Name)]);
        var skipRefused = new Option<bool>("--skip-refused") { Description = "Import the files that can be and list each refused one (file: reason), instead of stopping at the first" };
        var media = new Option<string?>("--media") { Description = "The old site's uploads folder (wp-content/uploads): a WordPress export's images go into the media library from it" };
        var download = new Option<bool>("--download-media") { Description = "Download a WordPress export's images from their URLs into the media library (time limit and size cap: Marquee:Import)" };
        var command = new Command("import", "Import articles, authors, tags and pages. Each file is all or nothing; importing again changes nothing.")
        {
            path,
            format,
            skipRefused,
            media,
            download,
        };
        command.SetAction((result, cancellationToken) => CliHost.RunAsync(
            async (services, token) =>
            {
                var runner = services.GetRequiredService<ImportRunner>();
                var from = new ImportMedia(result.GetValue(media), result.GetValue(download));
                var counts = await WithProgressAsync(progress => runner.ImportAsync(result.GetValue(path)!, result.GetValue(format), result.GetValue(skipRefused), from, progress, token));
                Console.WriteLine($"Imported {counts}");
                counts.Skipped.ForEach(line => Console.WriteLine($"Skipped {line}"));
                counts.Refused.ForEach(line => Console.WriteLine($"Refused {line}"));
                return 0;
            },
            cancellationToken));
        return command;
    }

    /// <summary>"crawl | ghost | wxr (default: from the file name: .txt is crawl, .json is ghost, .xml is wxr)", from the registered formats.</summary>
    private static string FormatChoices() =>
        $"{string.Join(" | ", ImportDesk.Formats.Select(f => f.Name))} (default: from the file name: {string.Join(", ", ImportDesk.Formats.Select(f => $"{f.Extension} is {f.Name}"))})";

    /// <summary>A progress bar on a terminal; plain output when redirected (CI logs, pipes).</summary>
    private static async Task<ImportCounts> WithProgressAsync(Func<IProgress<ImportProgress>?, Task<ImportCounts>> import)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive || Console.IsOutputRedirected)
        {
            return await import(null);
        }

        return await AnsiConsole.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask("Importing");
            var progress = new Progress<ImportProgress>(p =>
            {
                task.Description = Path.GetFileName(p.File);
                task.MaxValue = p.Total;
                task.Value = p.Done;
            });
            return await import(progress);
        });
    }
}

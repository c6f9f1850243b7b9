using System.CommandLine;
using Marquee.Cli;

namespace Marquee.Tests.Architecture;

/// <summary>Every CLI command with the file that defines it, as docs/architecture.md prints them: from a command to its file in one step.</summary>
public sealed class CliContractTests
{
    private const string Cli = "src/Marquee/Cli/";

    /// <summary>Each command file and the commands it defines, flattened to (command, file) in that order.</summary>
    public static readonly IReadOnlyList<(string Command, string File)> Commands =
    [
        .. new (string File, string[] Commands)[]
        {
            ("ServeCommand.cs", ["serve"]),
            ("MigrateCommand.cs", ["migrate"]),
            ("ImportCommand.cs", ["import"]),
            ("DemoCommand.cs", ["demo"]),
            ("UserCommand.cs", ["user add", "user password", "user tips"]),
            ("KeyCommand.cs", ["key add", "key list", "key remove"]),
            ("SearchCommand.cs", ["search reindex"]),
        }.SelectMany(file => file.Commands.Select(command => ($"marquee {command}", Cli + file.File))),
    ];

    [Fact]
    public void Every_listed_command_exists_and_nothing_else_does()
    {
        Assert.Equal(Commands.Select(c => c.Command).Order(), Leaves(CliApp.Create(), "marquee").Order());
    }

    [Fact]
    public void Every_command_names_a_file_that_exists()
    {
        Assert.DoesNotContain(Commands, c => !File.Exists(Path.Combine(Repository.Root, c.File)));
    }

    [Fact]
    public void The_architecture_doc_lists_every_command_with_its_file()
    {
        Assert.Equal(Commands, ArchitectureDoc.Table("Where each command is handled").Select(row => (row[0], row[1])));
    }

    private static IEnumerable<string> Leaves(Command command, string path) =>
        command.Subcommands.Count == 0 ? [path] : command.Subcommands.SelectMany(sub => Leaves(sub, $"{path} {sub.Name}"));
}

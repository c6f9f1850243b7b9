using System.Text.RegularExpressions;

namespace Marquee.Tests.Architecture;

/// <summary>The tables of docs/architecture.md, so tests can check that the doc prints what the code holds.</summary>
public static partial class ArchitectureDoc
{
    /// <summary>The body rows of the first table under "## <paramref name="heading"/>", each cell trimmed and unwrapped from `code`.</summary>
    public static IReadOnlyList<string[]> Table(string heading)
    {
        var lines = File.ReadAllLines(Path.Combine(Repository.Root, "docs", "architecture.md"));
        var start = Array.IndexOf(lines, "## " + heading);
        Assert.True(start >= 0, $"docs/architecture.md has no section \"## {heading}\"");
        return lines.Skip(start + 1)
            .SkipWhile(line => !line.StartsWith('|'))
            .TakeWhile(line => line.StartsWith('|'))
            .Skip(2)
            .Select(line => CellBorders().Split(line.Trim().Trim('|')).Select(Cell).ToArray())
            .ToList();
    }

    private static string Cell(string text)
    {
        var cell = text.Trim().Replace("\\|", "|");
        return cell.Length > 1 && cell.StartsWith('`') && cell.EndsWith('`') ? cell[1..^1] : cell;
    }

    /// <summary>A "|" not escaped as "\|" (a regex in a URL keeps its bars that way).</summary>
    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellBorders();
}

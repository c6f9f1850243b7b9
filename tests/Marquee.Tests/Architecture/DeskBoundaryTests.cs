using System.Text.RegularExpressions;

namespace Marquee.Tests.Architecture;

/// <summary>
/// Which desk may use which (an allow-list: everything else is forbidden). Desks depend downwards only: Storage
/// at the bottom, then Platform and Media; Content knows nothing of who writes to it (Import, Demo, Newsroom,
/// CLI) or who shows it (Web's layout, Distribution's formats). docs/architecture.md prints the same table.
/// </summary>
public sealed partial class DeskBoundaryTests
{
    /// <summary>Each desk and the desks it may name, bottom-up: a desk may name only desks listed before it, so there is no cycle.</summary>
    public static readonly IReadOnlyList<(string Desk, string[] MayUse)> Desks =
    [
        ("Storage", []),
        ("Platform", ["Storage"]),
        ("Media", ["Platform", "Storage"]),
        ("Content", ["Media", "Platform", "Storage"]),
        ("Import", ["Content", "Media", "Platform", "Storage"]),
        ("Web", ["Content", "Platform"]),
        ("Distribution", ["Content", "Platform", "Storage", "Web"]),
        ("Readers", ["Content", "Platform", "Storage", "Web"]),
        ("Newsroom", ["Content", "Distribution", "Media", "Platform", "Storage", "Web"]),
        ("Tips", ["Content", "Media", "Newsroom", "Platform", "Storage", "Web"]),
        ("Newsletters", ["Content", "Newsroom", "Platform", "Readers", "Storage", "Web"]),
        ("Demo", ["Content", "Import", "Media", "Newsletters", "Newsroom", "Platform", "Storage"]),
        ("Cli", ["Content", "Demo", "Distribution", "Import", "Newsroom", "Platform", "Storage", "Tips"]),
    ];

    /// <summary>The schema of every desk: the one DbContext applies each desk's entity configuration, and a data migration may run a desk's rule.</summary>
    private static readonly string[] SchemaOfEveryDesk = ["src/Marquee/Storage/MarqueeDbContext.cs", "src/Marquee/Storage/Migrations/"];

    public static TheoryData<string> DeskNames => [.. Desks.Select(d => d.Desk)];

    [Fact]
    public void Every_desk_folder_has_a_rule()
    {
        var folders = Directory.EnumerateDirectories(Sources.Root).Select(Path.GetFileName).Where(name => name is not ("bin" or "obj"));

        Assert.Equal(Desks.Select(d => d.Desk).Order(), folders.Order());
    }

    [Fact]
    public void A_desk_may_use_only_desks_below_it()
    {
        var upwards = Desks.SelectMany((rule, index) => rule.MayUse
                .Where(used => Desks.Take(index).All(below => below.Desk != used))
                .Select(used => $"{rule.Desk} may use {used}, which is not below it"))
            .ToList();

        Assert.Empty(upwards);
    }

    [Theory]
    [MemberData(nameof(DeskNames))]
    public void Desk_uses_only_the_desks_it_may(string desk)
    {
        var allowed = Desks.Single(d => d.Desk == desk).MayUse.Append(desk).ToHashSet();
        var desks = Desks.Select(d => d.Desk).ToHashSet();
        var offenders = Sources.Of(desk)
            .Where(file => !SchemaOfEveryDesk.Any(exempt => file.Path.StartsWith(exempt, StringComparison.Ordinal)))
            .SelectMany(file => MarqueeReferences().Matches(file.Text).Select(m => (file.Path, Desk: m.Groups[1].Value)))
            .Where(reference => desks.Contains(reference.Desk) && !allowed.Contains(reference.Desk))
            .Select(reference => $"{reference.Path} uses Marquee.{reference.Desk}")
            .Distinct()
            .ToList();

        Assert.True(offenders.Count == 0, $"{desk} may use only {string.Join(", ", allowed.Order())}:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void The_architecture_doc_prints_the_same_desks_in_the_same_order()
    {
        var documented = ArchitectureDoc.Table("Desks").Select(row => $"{row[0]}: {(row[2] == "—" ? "" : row[2])}");

        Assert.Equal(Desks.Select(d => $"{d.Desk}: {string.Join(", ", d.MayUse)}"), documented);
    }

    [GeneratedRegex(@"\bMarquee\.([A-Z][A-Za-z]+)")]
    private static partial Regex MarqueeReferences();
}

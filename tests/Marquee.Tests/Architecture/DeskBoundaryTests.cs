using System.Text.RegularExpressions;
using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Architecture;

/// <summary>
/// Desks depend downwards only: Content knows nothing of who writes to it (Import, Demo, Newsroom, CLI);
/// Platform and Storage serve every desk and know none of their workflows.
/// </summary>
public sealed partial class DeskBoundaryTests
{
    public static TheoryData<string, string[]> Rules => new()
    {
        { "Content", ["Import", "Demo", "Newsroom", "Cli", "Distribution"] },
        { "Platform", ["Import", "Demo", "Newsroom", "Cli", "Web", "Content", "Distribution", "Media"] },
        { "Storage", ["Import", "Demo", "Cli", "Web"] },
        { "Import", ["Demo", "Newsroom", "Cli", "Web"] },
        { "Newsroom", ["Import", "Demo", "Cli"] },
        { "Web", ["Import", "Demo", "Newsroom", "Cli", "Distribution"] },
        { "Distribution", ["Import", "Demo", "Newsroom", "Cli"] },
        { "Media", ["Content", "Import", "Demo", "Newsroom", "Distribution", "Web", "Cli"] },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Desk_does_not_reach_into_desks_above_it(string desk, string[] forbidden)
    {
        var folder = Path.Combine(Repository.Root, "src", "Marquee", desk);
        var offenders = Directory.EnumerateFiles(folder, "*.cs*", SearchOption.AllDirectories)
            .SelectMany(file => MarqueeReferences().Matches(File.ReadAllText(file))
                .Select(m => (File: Path.GetRelativePath(Repository.Root, file), Desk: m.Groups[1].Value)))
            .Where(reference => forbidden.Contains(reference.Desk))
            .Select(reference => $"{reference.File} uses Marquee.{reference.Desk}")
            .Distinct()
            .ToList();

        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"\bMarquee\.([A-Z][A-Za-z]+)")]
    private static partial Regex MarqueeReferences();
}

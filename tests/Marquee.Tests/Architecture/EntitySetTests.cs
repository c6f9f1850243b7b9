using System.Text.RegularExpressions;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Architecture;

/// <summary>
/// A desk's tables are used by that desk only (db.Articles, db.Set&lt;GalleryItem&gt;() …): other desks read and write
/// through the owner's query and save classes. Storage's DbContext, which declares every set, is the one exception.
/// </summary>
public sealed partial class EntitySetTests
{
    private const string DbContextFile = "src/Marquee/Storage/MarqueeDbContext.cs";

    [Fact]
    public void Each_desk_uses_only_its_own_entity_sets()
    {
        var owners = SetOwners();
        var offenders = DeskBoundaryTests.Desks
            .SelectMany(rule => Sources.Of(rule.Desk)
                .Where(file => file.Path != DbContextFile)
                .SelectMany(file => SetsNamed(file.Text)
                    .Where(set => owners.TryGetValue(set, out var owner) && owner != rule.Desk)
                    .Select(set => $"{file.Path} uses {owners[set]}'s {set}")))
            .Distinct()
            .ToList();

        Assert.True(offenders.Count == 0, "Other desks' sets, to be read through their owner's query classes:\n" + string.Join('\n', offenders));
    }

    /// <summary>How a file names a set: "Articles" for db.Articles, "Set&lt;GalleryItem&gt;" for db.Set&lt;GalleryItem&gt;().</summary>
    private static IEnumerable<string> SetsNamed(string text)
    {
        var receivers = DbContextVariables().Matches(text).Select(m => m.Groups["name"].Value).Append("db").Distinct();
        var properties = new Regex($@"(?:\b(?:{string.Join('|', receivers)})|GetRequiredService<MarqueeDbContext>\(\))\s*\.\s*([A-Z]\w*)\b")
            .Matches(text).Select(m => m.Groups[1].Value);
        var generic = GenericSets().Matches(text).Select(m => $"Set<{m.Groups[1].Value}>");
        return properties.Concat(generic).Distinct();
    }

    /// <summary>Every set on the DbContext and every configured entity, with the desk whose namespace holds its entity.</summary>
    private static Dictionary<string, string> SetOwners()
    {
        var properties = typeof(MarqueeDbContext).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(DbSet<>))
            .Select(p => (p.Name, Desk: DeskOf(p.PropertyType.GetGenericArguments()[0])));
        var entities = typeof(MarqueeDbContext).Assembly.GetTypes()
            .SelectMany(type => type.GetInterfaces())
            .Where(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>))
            .Select(contract => contract.GetGenericArguments()[0])
            .Select(entity => (Name: $"Set<{entity.Name}>", Desk: DeskOf(entity)));
        return properties.Concat(entities).DistinctBy(set => set.Name).ToDictionary(set => set.Name, set => set.Desk);
    }

    /// <summary>Identity's own entities (claims, logins, tokens, passkeys) are the staff accounts' tables, Newsroom's (decision 0015).</summary>
    private static string DeskOf(Type entity) =>
        entity.Namespace is { } ns && ns.StartsWith("Marquee.", StringComparison.Ordinal) ? ns.Split('.')[1] : "Newsroom";

    [GeneratedRegex(@"MarqueeDbContext\s+(?<name>\w+)\b|\b(?<name>\w+)\s*=\s*[^;]*GetRequiredService<MarqueeDbContext>\(\)\s*;")]
    private static partial Regex DbContextVariables();

    [GeneratedRegex(@"\bSet<(\w+)>\s*\(")]
    private static partial Regex GenericSets();
}

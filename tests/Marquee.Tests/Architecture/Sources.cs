namespace Marquee.Tests.Architecture;

/// <summary>The product's source files by desk (a desk is a folder of src/Marquee), as the architecture tests read them.</summary>
public static class Sources
{
    public static string Root { get; } = Path.Combine(Repository.Root, "src", "Marquee");

    /// <summary>
    /// A desk's C# and Razor files, with the root _ViewImports.cshtml when the desk has views: its usings apply to
    /// them, so what it imports counts as used by every desk with views.
    /// </summary>
    public static IEnumerable<(string Path, string Text)> Of(string desk)
    {
        var files = Directory.EnumerateFiles(Path.Combine(Root, desk), "*.cs*", SearchOption.AllDirectories).ToList();
        if (files.Any(file => file.EndsWith(".cshtml", StringComparison.Ordinal)))
        {
            files.Add(Path.Combine(Root, "_ViewImports.cshtml"));
        }

        return files.Select(file => (Path.GetRelativePath(Repository.Root, file).Replace('\\', '/'), File.ReadAllText(file)));
    }
}

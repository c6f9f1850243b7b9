namespace Marquee.Tests.Infrastructure;

/// <summary>Where the checkout is: the folder holding Marquee.slnx, found from the test binaries upwards.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    /// <summary>The shared corpus beside the checkout (../shared/corpus).</summary>
    public static string Corpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Marquee.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Marquee.slnx not found above " + AppContext.BaseDirectory);
    }
}

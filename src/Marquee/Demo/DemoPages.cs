using Marquee.Content.StaticPages;

namespace Marquee.Demo;

/// <summary>A demo static page is a Markdown file named after its slug whose first line is "# Title".</summary>
internal static class DemoPages
{
    public static StaticPageInput Read(string file)
    {
        var lines = File.ReadAllLines(file);
        var title = lines.FirstOrDefault()?.TrimStart('#', ' ') ?? Path.GetFileNameWithoutExtension(file);
        return new StaticPageInput(Path.GetFileNameWithoutExtension(file), title, string.Join('\n', lines.Skip(1)).Trim(), SourceKey: $"demo:{Path.GetFileName(file)}");
    }
}

namespace Marquee.Tests.Import;

/// <summary>Hand-made import files in a temporary folder of their own, deleted with it: reading a file needs no server.</summary>
public sealed class ScratchFolder(string prefix) : IDisposable
{
    private readonly string _path = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>Writes <paramref name="text"/> to <paramref name="name"/> in the folder and returns its path.</summary>
    public async Task<string> WriteAsync(string text, string name = "export.json")
    {
        var path = Path.Combine(_path, name);
        await File.WriteAllTextAsync(path, text, TestContext.Current.CancellationToken);
        return path;
    }

    public void Dispose() => Directory.Delete(_path, recursive: true);
}

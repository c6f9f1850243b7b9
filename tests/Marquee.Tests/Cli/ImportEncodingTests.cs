using System.Text;

namespace Marquee.Tests.Cli;

/// <summary>A file that is not valid UTF-8 is refused like any import failure: one line naming the file and where, exit 1, nothing written.</summary>
public sealed class ImportEncodingTests : IDisposable
{
    private readonly MarqueeCli _cli = new();

    private readonly string _folder = Directory.CreateTempSubdirectory("marquee-encoding-").FullName;

    [Theory]
    [InlineData("export.json", "{\"db\":[{\"meta\":{\"version\":\"5.0.0\"},\n\"data\":{\"posts\":[{\"id\":\"1\",\n\"title\":\"Caf", "\"}]}}]}", 76)]
    [InlineData("record.txt", "date 2024-05-01 Festival Opens\nThe crowd at the caf", " cheered.\n", 51)]
    public async Task An_invalid_utf8_file_is_refused_naming_file_line_and_byte_and_nothing_is_written(string name, string before, string after, int offset)
    {
        var file = Path.Combine(_folder, name);
        // 0xE9 is é in Latin-1: a file saved in the wrong encoding.
        await File.WriteAllBytesAsync(file, [.. Encoding.UTF8.GetBytes(before), 0xE9, .. Encoding.UTF8.GetBytes(after)], TestContext.Current.CancellationToken);
        await _cli.RunAsync("migrate");
        var fingerprint = _cli.Database.Fingerprint();

        var (exit, output, error) = await _cli.RunAsync($"import \"{file}\"");

        Assert.Equal((1, ""), (exit, output));
        Assert.Equal($"marquee: {file}: line {before.Count(c => c == '\n') + 1}, byte offset {offset}: not valid UTF-8", error.Trim());
        Assert.Equal(offset, Encoding.UTF8.GetByteCount(before));
        Assert.Equal(fingerprint, _cli.Database.Fingerprint());
    }

    public void Dispose()
    {
        _cli.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}

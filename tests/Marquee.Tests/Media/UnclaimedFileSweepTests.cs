using System.Security.Cryptography;
using Marquee.Media.Renditions;

namespace Marquee.Tests.Media;

/// <summary>
/// An upload writes its original before its row commits, so a process killed between the two leaves a file no photo claims;
/// a deletion killed half-way leaves renditions, and a killed write half a file. A start removes each once it is older than
/// Marquee:Media:UnclaimedFileGraceSeconds, and leaves younger ones (an upload in flight elsewhere) and claimed ones alone.
/// </summary>
public sealed class UnclaimedFileSweepTests : IAsyncLifetime
{
    private readonly MarqueeServer _server = new();

    public UnclaimedFileSweepTests() => _server.Settings["Marquee:Media:UnclaimedFileGraceSeconds"] = "60";

    private string Media => Path.Combine(_server.DataPath, "media");

    [Fact]
    public async Task A_start_removes_files_no_photo_claims_once_they_are_older_than_the_grace_period()
    {
        var kept = (await PhotoUploads.IngestAsync(_server, TestImages.Encoded("jpg", seed: 3203), "kept.jpg")).Photo!;
        await PhotoUploads.RenditionsMadeAsync(_server, kept.Id);
        await _server.StopAsync();
        var (orphan, inFlight) = (Hash("killed before its row"), Hash("still uploading elsewhere"));
        var old = DateTime.UtcNow.AddHours(-2);
        Plant($"originals/{orphan}.jpg", old);
        Plant($"{RenditionPlan.NamePrefix(orphan)}320.webp", old);
        Plant($".partial/{Guid.NewGuid():n}.partial", old);
        Plant($"originals/{inFlight}.png", DateTime.UtcNow);
        var claimed = Directory.GetFiles(Media, "*", SearchOption.AllDirectories).Where(f => !f.Contains(orphan[..20], StringComparison.Ordinal) && !f.Contains(inFlight[..20], StringComparison.Ordinal) && !f.EndsWith(".partial", StringComparison.Ordinal)).ToList();
        claimed.ForEach(file => File.SetLastWriteTimeUtc(file, old));

        await _server.InitializeAsync();

        await NodePages.ByAsync(() => Task.FromResult(!File.Exists(Path.Combine(Media, "originals", $"{orphan}.jpg"))), DateTime.UtcNow.AddSeconds(10), "the unclaimed original is still there");
        Assert.Equal(
            claimed.Append(Path.Combine(Media, "originals", $"{inFlight}.png")).Order(StringComparer.Ordinal),
            Directory.GetFiles(Media, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
    }

    public ValueTask InitializeAsync() => _server.InitializeAsync();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(TestImages.Text(text)));

    private void Plant(string key, DateTime writtenAt)
    {
        var path = Path.Combine(Media, key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, TestImages.Text(key));
        File.SetLastWriteTimeUtc(path, writtenAt);
    }
}

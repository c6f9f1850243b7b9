using System.Text.Json;
using Marquee.Media.Photos;
using Marquee.Media.Renditions;
using Marquee.Newsroom.Staff;
using Marquee.Tests.Media;

namespace Marquee.Tests.CrashSafety;

/// <summary>
/// A `marquee serve` process killed (SIGKILL) while photos are uploaded through the newsroom's File handler and their
/// renditions made: no photo row ever lacks its original, every acknowledged upload is there after a restart with its
/// renditions made, and the media folder soon holds only files a photo claims (the sweep of decision 0032).
/// </summary>
public sealed class UploadCrashTests : IAsyncDisposable
{
    private const int Kills = 3;
    private const int PhotosPerRound = 2;
    private static readonly TimeSpan Eventually = TimeSpan.FromSeconds(30);

    private readonly CrashableNode _node = new();
    private readonly List<long> _acknowledged = [];
    private int _seed = 3204;

    public UploadCrashTests() => _node.Cli.Settings["Marquee:Media:UnclaimedFileGraceSeconds"] = "1";

    private string Media => Path.Combine(_node.Cli.DataPath, "media");

    [Fact]
    public async Task A_node_killed_during_uploads_leaves_no_orphan_file_no_row_without_its_original_and_loses_no_acknowledged_photo()
    {
        using var session = await _node.StartSignedInAsync(StaffRole.Author);

        // A round that is not killed: how long uploading takes, to spread the kills over.
        var started = DateTime.UtcNow;
        await UploadAsync(session);
        var duration = DateTime.UtcNow - started;
        Assert.Equal(PhotosPerRound, _acknowledged.Count);

        foreach (var delay in KillPoints.Spread(seed: 3204, Kills, duration))
        {
            var uploads = UploadAsync(session);
            await Task.Delay(delay, TestContext.Current.CancellationToken);
            await _node.KillAsync();
            await uploads;

            AssertEveryRowHasItsOriginal($"killed {delay.TotalMilliseconds:F0} ms into the uploads");
            await _node.RestartAsync();
            await AssertSettledAsync($"after a kill {delay.TotalMilliseconds:F0} ms into the uploads");
        }
    }

    public ValueTask DisposeAsync() => _node.DisposeAsync();

    /// <summary>Uploads photos one by one as the page's script does; an upload counts once its answer arrived. A kill ends them.</summary>
    private async Task UploadAsync(StaffSession session)
    {
        try
        {
            for (var i = 0; i < PhotosPerRound; i++)
            {
                using var answer = await PhotoPages.UploadAsync(session, "File", ($"crash-{_seed}.jpg", TestImages.Encoded("jpg", seed: _seed++)));
                Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
                using var outcome = JsonDocument.Parse(await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
                _acknowledged.Add(outcome.RootElement.GetProperty("photoId").GetInt64());
            }
        }
        catch (HttpRequestException)
        {
            // The node was killed: whether this upload is stored is whatever the database says.
        }
    }

    private void AssertEveryRowHasItsOriginal(string when)
    {
        foreach (var photo in Photos())
        {
            Assert.True(File.Exists(Path.Combine(Media, photo.OriginalKey)), $"{when}: photo {photo.Id} has no original");
        }
    }

    /// <summary>Every acknowledged photo is stored with its renditions made, and every file in the media folder is one a photo claims.</summary>
    private async Task AssertSettledAsync(string when)
    {
        var deadline = DateTime.UtcNow + Eventually;
        await NodePages.ByAsync(() => Task.FromResult(Unsettled().Count == 0), deadline, $"{when}: {string.Join("; ", Unsettled())}");
        Assert.Subset(Photos().Select(p => p.Id).ToHashSet(), _acknowledged.ToHashSet());
    }

    /// <summary>What is not yet as it must end: photos without renditions, files no photo claims, planned renditions missing.</summary>
    private List<string> Unsettled()
    {
        var photos = Photos();
        var claimed = photos.SelectMany(p => RenditionPlan.For(p).Select(r => r.Name).Append(p.OriginalKey)).ToHashSet(StringComparer.Ordinal);
        var stored = Directory.GetFiles(Media, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Media, f).Replace(Path.DirectorySeparatorChar, '/')).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. photos.Where(p => p.RenditionsMadeAt is null).Select(p => $"photo {p.Id} has no renditions"),
            .. stored.Except(claimed).Select(f => $"{f} is claimed by no photo"),
            .. photos.Where(p => p.RenditionsMadeAt is not null).SelectMany(p => RenditionPlan.For(p)).Where(r => !stored.Contains(r.Name)).Select(r => $"{r.Name} is missing"),
        ];
    }

    private List<Photo> Photos() =>
    [
        .. _node.Cli.Database.Lines("SELECT id, content_hash, original_format, width, height, focal_x, focal_y, renditions_made_at FROM photos")
            .Select(line => line.Split('\u001f'))
            .Select(row => new Photo
            {
                Id = long.Parse(row[0], System.Globalization.CultureInfo.InvariantCulture),
                ContentHash = row[1],
                OriginalFormat = Enum.Parse<ImageFormat>(row[2], ignoreCase: true),
                Width = int.Parse(row[3], System.Globalization.CultureInfo.InvariantCulture),
                Height = int.Parse(row[4], System.Globalization.CultureInfo.InvariantCulture),
                FocalX = double.Parse(row[5], System.Globalization.CultureInfo.InvariantCulture),
                FocalY = double.Parse(row[6], System.Globalization.CultureInfo.InvariantCulture),
                RenditionsMadeAt = row[7] == "∅" ? null : DateTime.UnixEpoch,
                CreatedBy = "",
            }),
    ];
}

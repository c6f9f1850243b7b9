using System.Security.Cryptography;
using Marquee.Media.Ingest;
using Marquee.Media.Photos;
using Marquee.Media.Renditions;
using Marquee.Newsroom.Staff;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Media;

/// <summary>
/// Renditions retry by themselves (decision 0024): a storage failure heals without a restart, an original libvips
/// cannot decode fails once for good. Retries here wait a second, doubling, so the sweep runs every second.
/// </summary>
public sealed class RenditionRetryTests : IAsyncLifetime
{
    private readonly NewsroomServer _newsroom = new();

    public RenditionRetryTests()
    {
        Server.Settings["Marquee:Media:RenditionRetrySeconds"] = "1";
        Server.Settings["Marquee:Media:RenditionAttempts"] = "8";
    }

    private MarqueeServer Server => _newsroom.Server;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _newsroom.InitializeAsync();

    public ValueTask DisposeAsync() => _newsroom.DisposeAsync();

    [Fact]
    public async Task Renditions_the_storage_refused_to_write_are_made_by_a_retry_without_a_restart()
    {
        var bytes = TestImages.Encoded("jpg", 800, 600, seed: 311);
        var blocked = BlockOneRendition(bytes, 800, 600);
        var stored = await PhotoUploads.IngestAsync(Server, bytes, "blocked.jpg");
        var id = stored.Photo!.Id;

        var failed = await PhotoWhenAsync(id, p => p.RenditionAttempts > 0);
        using var editor = await StaffSession.SignInAsync(Server, StaffRole.Editor);
        var page = await editor.PageAsync($"/newsroom/photos/{id}");
        Directory.Delete(blocked);

        Assert.Null(failed.RenditionsMadeAt);
        Assert.NotNull(failed.RenditionsDueAt);
        Assert.StartsWith("Failed (attempt ", page.Text("#rendition-failure"), StringComparison.Ordinal);
        Assert.Equal("retrying", page.QuerySelector("#rendition-status")?.GetAttribute("data-status"));
        var made = await PhotoWhenAsync(id, p => p.RenditionsMadeAt is not null);
        Assert.True(made.RenditionAttempts > 0);
        Assert.Null(made.RenditionFailure);
        Assert.Null(made.RenditionsDueAt);
        Assert.All(RenditionPlan.For(made), r => Assert.True(File.Exists(Path.Combine(Server.DataPath, "media", r.Name)), r.Name));
        var after = await editor.PageAsync($"/newsroom/photos/{id}");
        Assert.Contains($"after {made.RenditionAttempts} failed attempt(s)", after.Text("#rendition-status"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_original_libvips_cannot_decode_fails_once_for_good_and_is_not_retried()
    {
        var stored = await PhotoUploads.IngestAsync(Server, TestImages.Encoded("jpg", 800, 600, seed: 312), "spoiled.jpg");
        var photo = await PhotoUploads.RenditionsMadeAsync(Server, stored.Photo!.Id);
        await File.WriteAllBytesAsync(Path.Combine(Server.DataPath, "media", photo.OriginalKey), "not an image at all"u8.ToArray(), Token);
        using var editor = await StaffSession.SignInAsync(Server, StaffRole.Editor);

        using var retried = await editor.PostAsync($"/newsroom/photos/{photo.Id}?handler=Retry", [], $"/newsroom/photos/{photo.Id}");

        var failed = await PhotoWhenAsync(photo.Id, p => p.RenditionAttempts > 0);
        Assert.True(failed.RenditionsFailedForGood);
        Assert.Null(failed.RenditionsDueAt);
        // Several sweeps (one a second here) later, still the one attempt.
        await Task.Delay(TimeSpan.FromSeconds(4), Token);
        var later = await PhotoWhenAsync(photo.Id, _ => true);
        Assert.Equal((1, true), (later.RenditionAttempts, later.RenditionsFailedForGood));
        var page = await editor.PageAsync($"/newsroom/photos/{photo.Id}");
        Assert.Equal("failed", page.QuerySelector("#rendition-status")?.GetAttribute("data-status"));
        Assert.StartsWith("Failed (attempt 1): ", page.Text("#rendition-failure"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_focal_point_moved_while_renditions_are_made_gets_its_own_crops_afterwards()
    {
        var bytes = TestImages.Encoded("jpg", 1200, 800, seed: 313);
        var stored = await PhotoUploads.IngestAsync(Server, bytes, "moving.jpg", PhotoUploads.Credited());
        var photo = await PhotoUploads.RenditionsMadeAsync(Server, stored.Photo!.Id);
        using var editor = await StaffSession.SignInAsync(Server, StaffRole.Editor);
        var slots = Server.Services.GetRequiredService<DecodeSlots>();
        var release = new TaskCompletionSource();
        var held = await HoldAllAsync(slots, release.Task);

        using (await editor.PostAsync($"/newsroom/photos/{photo.Id}?handler=Retry", [], $"/newsroom/photos/{photo.Id}"))
        {
            await OriginalCopiedForRenditionsAsync(await File.ReadAllBytesAsync(Path.Combine(Server.DataPath, "media", photo.OriginalKey), Token));
        }

        using (var moved = await PhotoPages.SaveAsync(editor, photo.Id, new() { ["FocalX"] = "0.1", ["FocalY"] = "0.9" }))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, moved.StatusCode);
        }

        release.SetResult();
        await held;
        var made = await PhotoWhenAsync(photo.Id, p => p.RenditionsMadeAt is not null && p.RenditionsDueAt is null);
        Assert.Equal((0.1, 0.9), (made.FocalX, made.FocalY));
        Assert.All(RenditionPlan.For(made), r => Assert.True(File.Exists(Path.Combine(Server.DataPath, "media", r.Name)), $"{r.Name} (the moved focal point's crop) was never made"));
    }

    /// <summary>Takes every decode slot until <paramref name="release"/>; returns once all are held, with the task that ends when they are given back.</summary>
    private static async Task<Task> HoldAllAsync(DecodeSlots slots, Task release)
    {
        var holding = Enumerable.Range(0, slots.Count).Select(_ => new TaskCompletionSource()).ToList();
        var held = Task.WhenAll(holding.Select(h => slots.RunAsync(() => { h.SetResult(); release.Wait(); return 0; }, Token)));
        await Task.WhenAll(holding.Select(h => h.Task));
        return held;
    }

    /// <summary>Waits until a worker has read the photo and copied its original aside: it now waits for a decode slot.</summary>
    private static async Task OriginalCopiedForRenditionsAsync(byte[] original)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!Directory.EnumerateFiles(Path.GetTempPath(), "marquee-original-*").Any(path => SameBytes(path, original)))
        {
            Assert.True(DateTime.UtcNow < deadline, "no rendition worker took the photo within 30 s");
            await Task.Delay(50, Token);
        }
    }

    private static bool SameBytes(string path, byte[] expected)
    {
        try
        {
            return File.ReadAllBytes(path).AsSpan().SequenceEqual(expected);
        }
        catch (IOException)
        {
            return false; // still being written, or already deleted
        }
    }

    /// <summary>A folder where one of the photo's renditions is to be written: the local storage fails that write until it is removed.</summary>
    private string BlockOneRendition(byte[] bytes, int width, int height)
    {
        var photo = new Photo { ContentHash = Convert.ToHexStringLower(SHA256.HashData(bytes)), Width = width, Height = height, CreatedBy = "tests" };
        var path = Path.Combine(Server.DataPath, "media", RenditionPlan.For(photo)[^1].Name);
        Directory.CreateDirectory(path);
        return path;
    }

    private async Task<Photo> PhotoWhenAsync(long id, Func<Photo, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var photo = await Server.WriteAsync((services, ct) => services.GetRequiredService<MarqueeDbContext>().Photos.SingleAsync(p => p.Id == id, ct));
            if (condition(photo))
            {
                return photo;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Photo {id} did not reach the expected rendition state within 60 s (attempts {photo.RenditionAttempts}, failure {photo.RenditionFailure})");
            await Task.Delay(100, Token);
        }
    }
}

using Marquee.Media.Renditions;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marquee.Media.Files;

/// <summary>
/// Removes stored files that no photo claims (decision 0032): an original whose upload died between writing it and
/// committing its row, with any renditions of the same bytes (a deletion that died half-way), and what killed writes
/// left half-written. Runs at start and then once per grace period on every node; a file younger than
/// Marquee:Media:UnclaimedFileGraceSeconds is left alone, as it may be an upload still in flight on another process.
/// </summary>
internal sealed class UnclaimedFileSweep(
    IMediaFiles files,
    IServiceScopeFactory scopes,
    IOptions<MediaOptions> options,
    TimeProvider clock,
    ILogger<UnclaimedFileSweep> logger) : BackgroundService
{
    private const string Originals = "originals/";
    private const int HashLength = 64;
    private const int BatchSize = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var grace = TimeSpan.FromSeconds(options.Value.UnclaimedFileGraceSeconds);
        using var timer = new PeriodicTimer(grace, clock);
        try
        {
            do
            {
                await TrySweepAsync(clock.GetUtcNow().UtcDateTime - grace, stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is left is found by the next start's sweep.
        }
    }

    /// <summary>The content hash an original's key names, or null for a key the media desk did not make (left alone).</summary>
    private static string? HashOf(string key)
    {
        var name = key[Originals.Length..];
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot == HashLength && name[..dot].All(char.IsAsciiHexDigitLower) ? name[..dot] : null;
    }

    private async Task TrySweepAsync(DateTime writtenBefore, CancellationToken stoppingToken)
    {
        try
        {
            await files.RemoveAbandonedWritesAsync(writtenBefore, stoppingToken);
            var candidates = await files.ListAsync(Originals, stoppingToken)
                .Where(f => f.WrittenAt < writtenBefore && HashOf(f.Key) is not null)
                .Select(f => (f.Key, Hash: HashOf(f.Key)!))
                .ToListAsync(stoppingToken);
            foreach (var batch in candidates.Chunk(BatchSize))
            {
                await RemoveUnclaimedAsync(batch, stoppingToken);
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogWarning(error, "Could not sweep media storage for files no photo claims; the next sweep tries again");
        }
    }

    private async Task RemoveUnclaimedAsync((string Key, string Hash)[] batch, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var hashes = batch.Select(c => c.Hash).ToList();
        var claimed = (await scope.ServiceProvider.GetRequiredService<MarqueeDbContext>().Photos
            .Where(p => hashes.Contains(p.ContentHash)).Select(p => p.ContentHash).ToListAsync(stoppingToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, hash) in batch.Where(c => !claimed.Contains(c.Hash)))
        {
            var renditions = await files.ListAsync(RenditionPlan.NamePrefix(hash), stoppingToken).ToListAsync(stoppingToken);
            foreach (var rendition in renditions)
            {
                await files.DeleteAsync(rendition.Key, stoppingToken);
            }

            // The original last: a sweep stopped half-way finds its renditions again through it.
            await files.DeleteAsync(key, stoppingToken);
            logger.LogWarning("Removed {Key} and {Renditions} rendition(s): no photo claims them (an upload or a deletion did not finish)", key, renditions.Count);
        }
    }
}

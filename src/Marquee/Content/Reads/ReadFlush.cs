using Microsoft.Extensions.Options;

namespace Marquee.Content.Reads;

/// <summary>
/// Writes this node's counted reads to the database every <see cref="ReadOptions.FlushSeconds"/>, and once more as the
/// node stops: one batch per flush however many readers there were (decision 0075).
/// </summary>
public sealed class ReadFlush(ReadCounter counter, IServiceScopeFactory scopes, IOptions<ReadOptions> options, TimeProvider clock, ILogger<ReadFlush> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.FlushSeconds == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.FlushSeconds), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes what is left.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    /// <summary>Writes what was counted since the last flush, in one transaction.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var counts = counter.Take();
        if (counts.Count == 0)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ReadTally>().AddAsync(counts, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A database outage loses this batch's figures, never a reader's page.
            logger.LogWarning(error, "Could not write {Articles} articles' reads", counts.Count);
        }
    }
}

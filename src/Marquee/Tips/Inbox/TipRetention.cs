using Microsoft.Extensions.Options;

namespace Marquee.Tips.Inbox;

/// <summary>Shreds tips past their retention every few minutes on every node; a tip two nodes both shred is simply gone.</summary>
internal sealed class TipRetention(IServiceScopeFactory scopes, TimeProvider clock, IOptions<TipsOptions> options, ILogger<TipRetention> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.RetentionCheckMinutes), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<TipShredder>().ShredDueAsync(clock.GetUtcNow().UtcDateTime, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                log.LogError(error, "Shredding tips past their retention failed; the next run tries again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

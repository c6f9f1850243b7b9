namespace Marquee.Platform.Jobs;

/// <summary>
/// A background job that runs on one node at a time: every <see cref="Interval"/> the node holding the
/// lease runs the job over the time since its last run; the lease is renewed, and progress recorded,
/// when half its term is gone or the job did something, so an idle job costs a write every few seconds.
/// If the holder dies, another node takes over when the lease expires and carries on from the record.
/// A failed run is recorded in <see cref="JobFailures"/> for the newsroom, besides the log.
/// </summary>
public abstract class LeasedJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    protected abstract string Name { get; }

    protected virtual TimeSpan Interval => TimeSpan.FromMilliseconds(250);

    /// <summary>How long a silent holder keeps the lease before another node takes over.</summary>
    protected virtual TimeSpan Term => TimeSpan.FromSeconds(5);

    private DateTime _heldUntil = DateTime.MinValue;
    private DateTime _doneUpTo;

    /// <summary>
    /// Does the job's work for the time (<paramref name="after"/>, <paramref name="upTo"/>] and says whether
    /// there was any; throwing leaves that time for the next run.
    /// </summary>
    protected abstract Task<bool> RunAsync(IServiceProvider services, DateTime after, DateTime upTo, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // A database outage must not end the job: it resumes, from where it got to, when the database returns.
                logger.LogWarning(error, "Job {Job} failed; retrying", Name);
                await RecordFailureAsync(error, stoppingToken);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Best effort: when the database itself is what failed, the log is all there is.</summary>
    private async Task RecordFailureAsync(Exception error, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<JobFailures>().RecordAsync(Name, null, error.Message, cancellationToken);
        }
        catch (Exception recording) when (recording is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(recording, "Could not record the failure of job {Job}", Name);
        }
    }

    private async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        var now = clock.GetUtcNow().UtcDateTime;
        var renewing = now + (Term / 2) >= _heldUntil;
        if (renewing)
        {
            var held = now < _heldUntil;
            if (await leases.TryTakeAsync(Name, Term, cancellationToken) is not { } lease)
            {
                _heldUntil = DateTime.MinValue;
                return;
            }

            _heldUntil = now + Term;
            _doneUpTo = held ? _doneUpTo : lease.DoneUpTo;
        }

        var worked = await RunAsync(scope.ServiceProvider, _doneUpTo, now, cancellationToken);
        _doneUpTo = now;
        if (worked || renewing)
        {
            await leases.RecordAsync(Name, now, cancellationToken);
        }
    }
}

/// <summary>A leased job whose work is one scoped <typeparamref name="TRun"/>, resolved from the run's own scope.</summary>
public abstract class LeasedJob<TRun>(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : LeasedJob(scopes, clock, logger)
    where TRun : IJobRun
{
    protected sealed override Task<bool> RunAsync(IServiceProvider services, DateTime after, DateTime upTo, CancellationToken cancellationToken) =>
        services.GetRequiredService<TRun>().RunAsync(after, upTo, cancellationToken);
}

using Marquee.Platform.Jobs;
using Microsoft.Extensions.Logging.Abstractions;

namespace Marquee.Tests.Platform;

/// <summary>A leased job whose run fails leaves a record the newsroom can list, not only a log line, and retrying does not flood it.</summary>
public sealed class JobFailureTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    [Fact]
    public async Task A_failing_job_run_is_recorded_once_with_its_message_and_counts_its_retries()
    {
        var job = new FailingJob(server.Services.GetRequiredService<IServiceScopeFactory>());
        await job.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            List<JobFailure> failures;
            do
            {
                Assert.True(DateTime.UtcNow < deadline, "the job's failures were not recorded three times within 10 s");
                await Task.Delay(100, TestContext.Current.CancellationToken);
                await using var scope = server.Services.CreateAsyncScope();
                failures = (await scope.ServiceProvider.GetRequiredService<JobFailures>().RecentAsync(100, TestContext.Current.CancellationToken))
                    .Where(f => f.Job == job.JobName).ToList();
            }
            while (failures.Count == 0 || failures[0].Times < 3);

            var failure = Assert.Single(failures);
            Assert.Equal((null, FailingJob.Reason), (failure.Subject, failure.Message));
        }
        finally
        {
            await job.StopAsync(CancellationToken.None);
        }
    }

    private sealed class FailingJob(IServiceScopeFactory scopes) : LeasedJob(scopes, TimeProvider.System, NullLogger.Instance)
    {
        public const string Reason = "the release could not read the articles";

        public string JobName { get; } = $"failing-{Guid.NewGuid():n}";

        protected override string Name => JobName;

        protected override Task<bool> RunAsync(IServiceProvider services, DateTime after, DateTime upTo, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Reason);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Xieshang.Platform.Jobs;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Platform;

public sealed class JobTests
{
    sealed class CountingJob(TimeSpan interval) : IRecurringJob
    {
        int runs;
        public int Runs => runs;
        public TaskCompletionSource FirstRun { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public string Name => "test.counting";
        public TimeSpan Interval => interval;
        public Task RunAsync(IServiceProvider services, CancellationToken ct)
        {
            Interlocked.Increment(ref runs);
            FirstRun.TrySetResult();
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task TwoNodesOnOneDatabase_RunEachScheduledSlotExactlyOnce()
    {
        var jobA = new CountingJob(TimeSpan.FromMinutes(1));
        var jobB = new CountingJob(TimeSpan.FromMinutes(1));
        await using var nodeA = new TestApp().With("Jobs:Enabled", "false").WithServices(s => s.AddSingleton<IRecurringJob>(jobA));
        await nodeA.InitializeAsync();
        await using var nodeB = TestApp.SharingDatabaseWith(nodeA).With("Jobs:Enabled", "false").WithServices(s => s.AddSingleton<IRecurringJob>(jobB));
        await nodeB.InitializeAsync();
        var runnerA = nodeA.Services.GetRequiredService<JobRunner>();
        var runnerB = nodeB.Services.GetRequiredService<JobRunner>();

        const int slots = 12;
        for (var slot = 0; slot < slots; slot++)
        {
            // Both nodes see the same time and race for the same slot, twice each.
            await Task.WhenAll(runnerA.RunDueJobsAsync(CancellationToken.None), runnerB.RunDueJobsAsync(CancellationToken.None),
                runnerA.RunDueJobsAsync(CancellationToken.None), runnerB.RunDueJobsAsync(CancellationToken.None));
            nodeA.Clock.Advance(TimeSpan.FromMinutes(1));
            nodeB.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        Assert.Equal(slots, jobA.Runs + jobB.Runs);
    }

    [Fact]
    public async Task JobHost_RunsRegisteredJobsOnItsTimer()
    {
        var job = new CountingJob(TimeSpan.FromMinutes(5));
        await using var app = new TestApp().With("Jobs:Enabled", "true").With("Jobs:TickSeconds", "0.05")
            .WithServices(s => s.AddSingleton<IRecurringJob>(job));
        await app.InitializeAsync();
        await job.FirstRun.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1, job.Runs);
    }
}

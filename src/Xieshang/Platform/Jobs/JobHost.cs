namespace Xieshang.Platform.Jobs;

/// <summary>Ticks every few seconds and lets <see cref="JobRunner"/> run what is due. Off when Jobs:Enabled is false.</summary>
public sealed class JobHost(JobRunner runner, IConfiguration config, ILogger<JobHost> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!config.GetValue("Jobs:Enabled", true) || runner.Jobs.Count == 0) return;
        var tick = TimeSpan.FromSeconds(config.GetValue("Jobs:TickSeconds", 5.0));
        using var timer = new PeriodicTimer(tick);
        log.LogInformation("Job host started with {Count} jobs on node {Node}", runner.Jobs.Count, runner.Node);
        do
        {
            try { await runner.RunDueJobsAsync(stoppingToken); }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogError(ex, "Job pass failed");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

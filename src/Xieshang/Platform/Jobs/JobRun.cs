using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Xieshang.Platform.Jobs;

/// <summary>The last claimed run of a job, across all nodes: the row every node races to update.</summary>
public sealed class JobRun
{
    public required string Name { get; set; }
    public DateTime? LastRunAt { get; set; }
    public string? LastNode { get; set; }
    public DateTime? LastFinishedAt { get; set; }
    public string? LastError { get; set; }
}

sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> e)
    {
        e.ToTable("platform_job_run");
        e.HasKey(j => j.Name);
        e.Property(j => j.Name).HasMaxLength(100);
        e.Property(j => j.LastNode).HasMaxLength(100);
        e.Property(j => j.LastError).HasMaxLength(1000);
    }
}

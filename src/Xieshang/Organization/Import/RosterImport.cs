using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xieshang.Platform.Data;

namespace Xieshang.Organization.Import;

public enum RosterImportStatus
{
    [Display(Name = "等待检查")] Queued,
    [Display(Name = "正在检查")] Checking,
    [Display(Name = "检查通过，待确认导入")] Checked,
    [Display(Name = "检查未通过")] Invalid,
    [Display(Name = "等待导入")] ImportQueued,
    [Display(Name = "正在导入")] Importing,
    [Display(Name = "已导入")] Imported,
    [Display(Name = "导入失败")] Failed,
}

/// <summary>A problem in an uploaded roster: row as Excel numbers it (the header is row 1) and the column header.</summary>
public sealed record ImportProblem(int Row, string Column, string Message);

/// <summary>
/// One upload of a roster (.xlsx) and its way through a dry run (检查) to the all-or-nothing import. The file waits in
/// file storage until the import finishes. Progress is written as the worker goes, so the page can show it.
/// </summary>
public sealed class RosterImport : CommitteeRecord
{
    public required string FileName { get; set; }
    public string? StorageKey { get; set; }
    public Guid UploadedBy { get; set; }
    public DateTime UploadedAt { get; set; }
    public RosterImportStatus Status { get; set; }
    /// <summary>Rows read so far (检查 or 导入), and the rows of the file once known.</summary>
    public int ProcessedRows { get; set; }
    public int? TotalRows { get; set; }
    public int NewCount { get; set; }
    public int UpdateCount { get; set; }
    public int UnchangedCount { get; set; }
    public int ProblemCount { get; set; }
    /// <summary>The first problems, as JSON (a file with thousands of errors keeps the first <see cref="RosterImports.KeptProblems"/>).</summary>
    public string ProblemsJson { get; set; } = "[]";
    /// <summary>What went wrong with the file as a whole (not a row): unreadable, too many rows, changed since the check.</summary>
    public string? Message { get; set; }
    /// <summary>Last sign of life of the worker on it; a run without one for minutes was interrupted and is picked up again.</summary>
    public DateTime? HeartbeatAt { get; set; }
    public DateTime? FinishedAt { get; set; }
}

sealed class RosterImportConfiguration : IEntityTypeConfiguration<RosterImport>
{
    public void Configure(EntityTypeBuilder<RosterImport> e)
    {
        e.ToTable("organization_roster_import");
        e.Property(i => i.FileName).HasMaxLength(200);
        e.Property(i => i.StorageKey).HasMaxLength(200);
        e.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(i => i.Message).HasMaxLength(1000);
        e.HasIndex(i => new { i.CommitteeId, i.UploadedAt });
        e.HasIndex(i => i.Status);
    }
}

using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;

namespace Xieshang.Opinions;

/// <summary>The states of a public-opinion item in one committee (domain.md §3.3); each level up is its own record.</summary>
/// <remarks><see cref="Forwarded"/>: a copy received at the national level passed to the ministries concerned (转送有关部门).</remarks>
public enum OpinionState { Draft, Submitted, Returned, Retained, Editing, Edited, Signed, Published, Forwarded }

/// <summary>Who reflects the item: a member, an information officer, or an organisation (a party, a special committee, a sector or work group).</summary>
public enum OpinionSource
{
    [Display(Name = "委员")] Member, [Display(Name = "信息员")] InfoOfficer, [Display(Name = "党派团体")] Party,
    [Display(Name = "专委会")] Committee, [Display(Name = "界别")] Sector, [Display(Name = "工作组")] WorkGroup,
    [Display(Name = "下级政协报送")] LowerCommittee,
}

public enum OpinionCategory
{
    [Display(Name = "经济")] Economy, [Display(Name = "政治")] Politics, [Display(Name = "文化")] Culture,
    [Display(Name = "社会")] Society, [Display(Name = "生态")] Ecology, [Display(Name = "其他")] Other,
}

/// <summary>How the committee's own bulletin carried it: alone, or with others on the same subject (综合).</summary>
public enum OpinionAdoption { [Display(Name = "单篇采用")] Single, [Display(Name = "综合采用")] Composite }

/// <summary>
/// 社情民意信息: one issue per item, at most 1,500 characters of situation, analysis and suggestion, reflected by one
/// or more reporters (who may include non-members). Screened, edited (the submitted text is kept beside the edited
/// one), signed off and published in the committee's bulletin 《社情民意》 on <see cref="OpinionFlow"/>.
/// </summary>
[ChangeTopic(OpinionsModule.Changes)]
public sealed class OpinionItem : CommitteeRecord, IWorkflowRecord<OpinionState>
{
    public const int MaxBody = 1500;

    /// <summary>The year it was submitted in (a draft's is the year it was begun until then).</summary>
    public int Year { get; set; }
    /// <summary>流水号: the order of submission in the committee's year.</summary>
    [Display(Name = "流水号")] public int? SerialNo { get; set; }
    [Display(Name = "标题")] public required string Title { get; set; }
    /// <summary>The text as the reporters submitted it (情况、分析、建议).</summary>
    [Display(Name = "正文")] public string Body { get; set; } = "";
    /// <summary>核稿: the information staff's edit, published instead of the submitted text; the submitted one stays.</summary>
    [Display(Name = "编辑后标题")] public string? EditedTitle { get; set; }
    [Display(Name = "编辑后正文")] public string? EditedBody { get; set; }
    [Display(Name = "类别")] public OpinionCategory Category { get; set; }
    [Display(Name = "来源")] public OpinionSource Source { get; set; }
    /// <summary>The organisation that reflects it, when not a person.</summary>
    [Display(Name = "报送单位")] public string? OrgName { get; set; }
    /// <summary>The login that wrote it (a reporter, or the staff member who entered an organisation's item).</summary>
    public Guid OwnerUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    [Display(Name = "审核意见")] public string? ScreenNote { get; set; }
    [Display(Name = "签发人")] public string? SignedBy { get; set; }
    public DateTime? SignedAt { get; set; }
    public Guid? BulletinId { get; set; }
    [Display(Name = "采用方式")] public OpinionAdoption? Adoption { get; set; }
    /// <summary>The proposal it came from (转社情民意, with the proposer's consent), if any.</summary>
    public Guid? FromProposalId { get; set; }
    /// <summary>For an item a lower committee reported up: the item it was sent as (this committee's copy is its own record).</summary>
    public Guid? ReceivedFromItemId { get; set; }
    /// <summary>The first item of the chain (the one a member wrote), when this one was received; its page shows every level.</summary>
    public Guid? OriginItemId { get; set; }
    [Display(Name = "状态")] public OpinionState State { get; set; }
    public DateTime? DueAt { get; set; }

    /// <summary>The next 流水号 of the current committee's year (a race on it ends in the unique index, answered as a conflict).</summary>
    public static async Task<int> NextSerialAsync(XieshangDb db, int year, CancellationToken ct) =>
        (await db.Set<OpinionItem>().Where(i => i.Year == year).MaxAsync(i => i.SerialNo, ct) ?? 0) + 1;

    /// <summary>Loaded by the handler for the workflow's conditions: the logins of the member reporters.</summary>
    [NotMapped] public IReadOnlySet<Guid> ReporterUsers { get; set; } = new HashSet<Guid>();
    /// <summary>Loaded with <see cref="ReporterUsers"/> for a received copy: the level of the committee that holds it.</summary>
    [NotMapped] public CommitteeLevel? HeldAt { get; set; }
}

/// <summary>A reporter of an item: a member by their seat, or anyone else by name (a non-member may co-report).</summary>
[ChangeTopic(OpinionsModule.Changes)]
public sealed class OpinionReporter : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CommitteeId { get; set; }
    public Guid ItemId { get; set; }
    public Guid? MembershipId { get; set; }
    /// <summary>The name as printed: the member's at the time of writing, or the non-member's.</summary>
    public string Name { get; set; } = "";
    public int Order { get; set; }
}

public enum ReportResult
{
    [Display(Name = "待采用")] Pending, [Display(Name = "单篇采用")] Single, [Display(Name = "综合采用")] Composite,
    [Display(Name = "转送有关部门")] Forwarded, [Display(Name = "未采用")] NotAdopted,
}

/// <summary>
/// 报送上级: an item sent to the next committee up, and what became of it there. Each level is its own record, kept by
/// the committee that sent it: when the receiving committee is in this installation it decides on its own copy and the
/// result is written back here; otherwise the sender's staff record the result by hand.
/// </summary>
[ChangeTopic(OpinionsModule.Changes)]
public sealed class OpinionReport : CommitteeRecord, IChangesElsewhere
{
    /// <summary>The first committee counts every level's result in its figures.</summary>
    IEnumerable<Guid> IChangesElsewhere.AlsoFor => [OriginCommitteeId];

    public Guid ItemId { get; set; }
    /// <summary>The chain's first item and its committee: every level's report carries them, for the item's page and the statistics.</summary>
    public Guid OriginItemId { get; set; }
    public Guid OriginCommitteeId { get; set; }
    [Display(Name = "报送层级")] public Platform.Tenancy.CommitteeLevel Level { get; set; }
    [Display(Name = "报送至")] public string ReceiverName { get; set; } = "";
    public Guid? ReceiverCommitteeId { get; set; }
    public Guid? ReceiverItemId { get; set; }
    public DateTime SentAt { get; set; }
    public string SentBy { get; set; } = "";
    [Display(Name = "采用情况")] public ReportResult Result { get; set; }
    public DateTime? ResultAt { get; set; }
    /// <summary>Where the receiving level carried it (its bulletin and issue, e.g. 《江苏政协信息》第 12 期).</summary>
    [Display(Name = "刊发期号")] public string? BulletinNo { get; set; }
    [Display(Name = "说明")] public string? Note { get; set; }
}

/// <summary>An item carried by an outside publication (e.g. the State Council's 《经济要参》).</summary>
[ChangeTopic(OpinionsModule.Changes)]
public sealed class OpinionPublication : CommitteeRecord
{
    public Guid ItemId { get; set; }
    [Display(Name = "刊物")] public required string Name { get; set; }
    [Display(Name = "期号")] public string? Issue { get; set; }
    [Display(Name = "刊发日期")] public DateOnly PublishedOn { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>一期《社情民意》: the committee's bulletin issue that carries one item (单篇) or several on one subject (综合).</summary>
[ChangeTopic(OpinionsModule.Changes)]
public sealed class OpinionBulletin : CommitteeRecord
{
    public int Year { get; set; }
    /// <summary>期号: numbered within the committee's year.</summary>
    [Display(Name = "期号")] public int IssueNo { get; set; }
    [Display(Name = "标题")] public required string Title { get; set; }
    public OpinionAdoption Kind { get; set; }
    /// <summary>主送: the leaders and departments it goes to, one per line.</summary>
    [Display(Name = "主送")] public string Recipients { get; set; } = "";
    public DateTime PublishedAt { get; set; }
    public string PublishedBy { get; set; } = "";
}

sealed class OpinionConfiguration : IEntityTypeConfiguration<OpinionItem>, IEntityTypeConfiguration<OpinionReporter>, IEntityTypeConfiguration<OpinionBulletin>,
    IEntityTypeConfiguration<OpinionReport>, IEntityTypeConfiguration<OpinionPublication>
{
    public void Configure(EntityTypeBuilder<OpinionPublication> e)
    {
        e.ToTable("opinions_publication");
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.Issue).HasMaxLength(50);
        e.HasIndex(x => x.ItemId);
        e.HasOne<OpinionItem>().WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<OpinionReport> e)
    {
        e.ToTable("opinions_report");
        e.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.ReceiverName).HasMaxLength(100);
        e.Property(x => x.SentBy).HasMaxLength(50);
        e.Property(x => x.Result).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.BulletinNo).HasMaxLength(100);
        e.Property(x => x.Note).HasMaxLength(500);
        // An item goes up once.
        e.HasIndex(x => new { x.CommitteeId, x.ItemId }).IsUnique();
        e.HasIndex(x => x.OriginItemId);
        e.HasIndex(x => x.ReceiverItemId);
        // The first committee's figures: its reports of every level, joined to its year's items, from the index alone.
        e.HasIndex(x => new { x.OriginCommitteeId, x.OriginItemId, x.Level, x.Result });
        e.HasOne<OpinionItem>().WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<OpinionItem> e)
    {
        e.ToTable("opinions_item");
        e.Property(x => x.Title).HasMaxLength(100);
        e.Property(x => x.Body).HasMaxLength(OpinionItem.MaxBody);
        e.Property(x => x.EditedTitle).HasMaxLength(100);
        e.Property(x => x.EditedBody).HasMaxLength(OpinionItem.MaxBody);
        e.Property(x => x.Category).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.OrgName).HasMaxLength(100);
        e.Property(x => x.ScreenNote).HasMaxLength(1000);
        e.Property(x => x.SignedBy).HasMaxLength(50);
        e.Property(x => x.Adoption).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
        // The office's list: one year and state, newest first, read in index order (as the proposals').
        e.HasIndex(x => new { x.CommitteeId, x.Year, x.State, x.SerialNo });
        e.HasIndex(x => new { x.CommitteeId, x.Year, x.SerialNo }).IsUnique();
        e.HasIndex(x => new { x.CommitteeId, x.OwnerUserId });
        // The year's figures read their own items (not copies from below) from this index alone, at a million items a
        // few ms instead of 150 ms of table reads (OpinionStatistics).
        e.HasIndex(x => new { x.CommitteeId, x.Year, x.ReceivedFromItemId, x.SerialNo, x.State, x.Adoption, x.Id });
        e.HasOne<OpinionBulletin>().WithMany().HasForeignKey(x => x.BulletinId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Proposals.Proposal>().WithMany().HasForeignKey(x => x.FromProposalId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => x.FromProposalId).IsUnique();
        e.HasIndex(x => x.ReceivedFromItemId);
    }

    public void Configure(EntityTypeBuilder<OpinionReporter> e)
    {
        e.ToTable("opinions_reporter");
        e.Property(x => x.Name).HasMaxLength(50);
        e.HasIndex(x => x.ItemId);
        e.HasIndex(x => new { x.CommitteeId, x.MembershipId });
        e.HasOne<OpinionItem>().WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Organization.Membership>().WithMany().HasForeignKey(x => x.MembershipId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<OpinionBulletin> e)
    {
        e.ToTable("opinions_bulletin");
        e.Property(x => x.Title).HasMaxLength(100);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Recipients).HasMaxLength(2000);
        e.Property(x => x.PublishedBy).HasMaxLength(50);
        e.HasIndex(x => new { x.CommitteeId, x.Year, x.IssueNo }).IsUnique();
    }
}

using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;

namespace Xieshang.Plans;

public enum ResultKind
{
    [Display(Name = "建议案")] Recommendation,
    [Display(Name = "调研报告")] ResearchReport,
    [Display(Name = "大会发言")] Speech,
}

public enum SpeechMode { [Display(Name = "口头发言")] Oral, [Display(Name = "书面发言")] Written }

public enum ResultState { Draft, Adopted, Sent, Delivered }

/// <summary>
/// 成果: what consultation and research produce — a 建议案 the standing committee adopts, a research report, or a speech
/// at a plenary (this committee's or a higher one's) — sent to the Party committee and the government, where leaders
/// instruct on it (批示, in the ledger). It may be passed on as a proposal or an information item (成果转化), which it links to.
/// </summary>
[ChangeTopic(PlansModule.Changes)]
public sealed class PlanResult : CommitteeRecord, IWorkflowRecord<ResultState>
{
    public int Year { get; set; }
    [Display(Name = "类别")] public ResultKind Kind { get; set; }
    [Display(Name = "标题")] public required string Title { get; set; }
    [Display(Name = "正文")] public required string Body { get; set; }
    /// <summary>The plan's topic it came from, if any.</summary>
    public Guid? TopicId { get; set; }
    /// <summary>执笔人 or, for a speech, the speaker (a member or a group).</summary>
    [Display(Name = "执笔人/发言人")] public string? Author { get; set; }
    /// <summary>For a speech: the plenary it was given at, and that committee's level (a speech at the city plenary is the city's).</summary>
    [Display(Name = "会议")] public string? Venue { get; set; }
    public CommitteeLevel? VenueLevel { get; set; }
    public SpeechMode? Mode { get; set; }
    [Display(Name = "报送对象")] public string? SentTo { get; set; }
    public DateOnly? SentOn { get; set; }
    public DateOnly? AdoptedOn { get; set; }
    public Guid? ProposalId { get; set; }
    public Guid? OpinionItemId { get; set; }
    public ResultState State { get; set; }
    public DateTime? DueAt { get; set; }
}

sealed class PlanResultConfiguration : IEntityTypeConfiguration<PlanResult>
{
    public void Configure(EntityTypeBuilder<PlanResult> e)
    {
        e.ToTable("plans_result");
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Title).HasMaxLength(100);
        e.Property(x => x.Body).HasMaxLength(SaveResult.MaxBody);
        e.Property(x => x.Author).HasMaxLength(100);
        e.Property(x => x.Venue).HasMaxLength(100);
        e.Property(x => x.VenueLevel).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Mode).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.SentTo).HasMaxLength(100);
        e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(x => new { x.CommitteeId, x.Year, x.Kind });
        e.HasIndex(x => x.TopicId);
        e.HasOne<ConsultationTopic>().WithMany().HasForeignKey(x => x.TopicId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Proposals.Proposal>().WithMany().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Opinions.OpinionItem>().WithMany().HasForeignKey(x => x.OpinionItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>A 建议案 is adopted by the standing committee before it goes up; a report goes up as it is; a speech is given.</summary>
public static class ResultFlow
{
    static readonly Condition<PlanResult> Recommendation = new("仅建议案，经常委会议审议通过后报送", (r, _) => r.Kind == ResultKind.Recommendation);
    static readonly Condition<PlanResult> Report = new("草稿直接报送的仅调研报告，建议案须先经常委会议审议通过", (r, _) => r.Kind == ResultKind.ResearchReport);
    static readonly Condition<PlanResult> Speech = new("仅大会发言", (r, _) => r.Kind == ResultKind.Speech);

    public static readonly Workflow<PlanResult, ResultState> Flow = new("result", "协商成果", ResultState.Draft,
        new Dictionary<ResultState, string>
        {
            [ResultState.Draft] = "草稿", [ResultState.Adopted] = "常委会议已通过", [ResultState.Sent] = "已报送", [ResultState.Delivered] = "已在大会交流",
        },
        [
            new(ResultState.Draft, "adopt", "常委会议审议通过", ResultState.Adopted, PlansPermissions.Approve, null, Recommendation),
            new(ResultState.Adopted, "send", "报送党委政府", ResultState.Sent, PlansPermissions.Manage, null, Recommendation),
            new(ResultState.Draft, "send", "报送党委政府", ResultState.Sent, PlansPermissions.Manage, null, Report),
            new(ResultState.Draft, "deliver", "大会交流", ResultState.Delivered, PlansPermissions.Manage, null, Speech),
        ]);
}

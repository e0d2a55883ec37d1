using Xieshang.Platform;
using Xieshang.Platform.Workflow;

namespace Xieshang.Tests.Platform.Workflow;

public enum CaseState { Draft, Submitted, Returned, Filed }

/// <summary>A record the engine can drive in tests without a table of its own (the engine only writes the audit entry).</summary>
public sealed class TestCase : IWorkflowRecord<CaseState>
{
    public Guid Id { get; } = Guid.CreateVersion7();
    public Guid CommitteeId { get; set; }
    public CaseState State { get; set; }
    public DateTime? DueAt { get; set; }
    public int Version { get; set; }
    public Guid AuthorId { get; init; }
}

public static class TestCaseFlow
{
    static readonly Condition<TestCase> AuthorOnly = new("仅起草人", (c, ctx) => c.AuthorId == ctx.UserId);

    public static readonly Workflow<TestCase, CaseState> Flow = new("testcase", "测试案件", CaseState.Draft,
        new Dictionary<CaseState, string>
        {
            [CaseState.Draft] = "草稿", [CaseState.Submitted] = "已提交", [CaseState.Returned] = "已退回", [CaseState.Filed] = "立案",
        },
        [
            new(CaseState.Draft, "submit", "提交", CaseState.Submitted, PlatformPermissions.Home, Deadline.WorkingDays(5), AuthorOnly),
            new(CaseState.Submitted, "return", "退回", CaseState.Returned, PlatformPermissions.AuditRead, Deadline.CalendarDays(10)),
            new(CaseState.Submitted, "file", "立案", CaseState.Filed, PlatformPermissions.AuditRead),
            new(CaseState.Returned, "resubmit", "重新提交", CaseState.Submitted, PlatformPermissions.Home, Deadline.WorkingDays(5), AuthorOnly),
        ]);
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Calendar;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Platform.Workflow;

public sealed class WorkflowEngineTests(TestApp app)
{
    // 2026-09-30 10:00 in Beijing: the eve of the National Day holiday (1–7 October, make-up day Saturday 10 October).
    static readonly DateTimeOffset EveOfNationalDay = new(2026, 9, 30, 2, 0, 0, TimeSpan.Zero);

    static (WorkflowEngine Engine, XieshangDb Db, RequestContext Ctx) Engine(AsyncServiceScope scope, DateTimeOffset now)
    {
        var db = scope.ServiceProvider.GetRequiredService<XieshangDb>();
        var ctx = scope.ServiceProvider.GetRequiredService<RequestContext>();
        return (new WorkflowEngine(db, ctx, new WorkingCalendar(db), new FakeTimeProvider(now)), db, ctx);
    }

    [Fact]
    public async Task Available_ForTheAuthorOfADraft_IsSubmitOnly()
    {
        await using var scope = await app.ScopeAs("member10");
        var (engine, _, ctx) = Engine(scope, EveOfNationalDay);
        var record = new TestCase { AuthorId = ctx.UserId!.Value, CommitteeId = ctx.CommitteeId!.Value };
        Assert.Equal([new AvailableAction("submit", "提交")], engine.Available(TestCaseFlow.Flow, record));
    }

    [Fact]
    public async Task Available_ForAnotherMember_IsNothing()
    {
        await using var scope = await app.ScopeAs("member11");
        var (engine, _, ctx) = Engine(scope, EveOfNationalDay);
        var record = new TestCase { AuthorId = Guid.NewGuid(), CommitteeId = ctx.CommitteeId!.Value };
        Assert.Empty(engine.Available(TestCaseFlow.Flow, record));
    }

    [Fact]
    public async Task Apply_InAStateThatDoesNotAllowIt_IsAConflictInChinese()
    {
        await using var scope = await app.ScopeAs("admin");
        var (engine, _, ctx) = Engine(scope, EveOfNationalDay);
        var record = new TestCase { AuthorId = ctx.UserId!.Value, CommitteeId = ctx.CommitteeId!.Value };
        var result = await engine.ApplyAsync(TestCaseFlow.Flow, record, "file");
        var conflict = Assert.IsType<Xieshang.Platform.Results.Conflict>(result.Error);
        Assert.Equal("当前状态为“草稿”，不能执行“立案”。", conflict.Message);
        Assert.Equal(CaseState.Draft, record.State);
    }

    [Fact]
    public async Task Apply_WithoutThePermission_IsForbiddenAndChangesNothing()
    {
        await using var scope = await app.ScopeAs("member12");
        var (engine, _, ctx) = Engine(scope, EveOfNationalDay);
        var record = new TestCase { AuthorId = ctx.UserId!.Value, CommitteeId = ctx.CommitteeId!.Value, State = CaseState.Submitted };
        var result = await engine.ApplyAsync(TestCaseFlow.Flow, record, "file");
        Assert.IsType<Forbidden>(result.Error);
        Assert.Equal(CaseState.Submitted, record.State);
    }

    [Fact]
    public async Task Apply_AnUnknownAction_IsNotFound()
    {
        await using var scope = await app.ScopeAs("admin");
        var (engine, _, ctx) = Engine(scope, EveOfNationalDay);
        var result = await engine.ApplyAsync(TestCaseFlow.Flow, new TestCase { CommitteeId = ctx.CommitteeId!.Value }, "launch");
        Assert.IsType<Xieshang.Platform.Results.NotFound>(result.Error);
    }

    [Fact]
    public async Task Apply_StampsTheDueDateInWorkingDays_SkippingNationalDayAndCountingTheMakeUpSaturday()
    {
        await using var scope = await app.ScopeAs("member13");
        var (engine, _, ctx) = Engine(scope, EveOfNationalDay);
        var record = new TestCase { AuthorId = ctx.UserId!.Value, CommitteeId = ctx.CommitteeId!.Value };
        var result = await engine.ApplyAsync(TestCaseFlow.Flow, record, "submit");
        Assert.True(result.Ok);
        Assert.Equal(CaseState.Submitted, record.State);
        // 8 Oct (Thu), 9 Oct (Fri), 10 Oct (make-up Saturday), 12 Oct (Mon), 13 Oct (Tue): end of 13 October in Beijing.
        Assert.Equal(new DateTime(2026, 10, 13, 15, 59, 59, DateTimeKind.Utc), record.DueAt);
    }

    [Fact]
    public async Task Apply_WithoutADeadline_ClearsTheDueDate()
    {
        await using var scope = await app.ScopeAs("admin");
        var (engine, _, ctx) = Engine(scope, EveOfNationalDay);
        var record = new TestCase { CommitteeId = ctx.CommitteeId!.Value, State = CaseState.Submitted, DueAt = DateTime.UtcNow };
        Assert.True((await engine.ApplyAsync(TestCaseFlow.Flow, record, "file")).Ok);
        Assert.Null(record.DueAt);
    }

    [Fact]
    public async Task Apply_WritesTheAuditEntry_WithStatesDueDateAndNote()
    {
        await using var scope = await app.ScopeAs("admin");
        var (engine, db, ctx) = Engine(scope, EveOfNationalDay);
        var record = new TestCase { CommitteeId = ctx.CommitteeId!.Value, State = CaseState.Submitted };
        Assert.True((await engine.ApplyAsync(TestCaseFlow.Flow, record, "return", "材料不全")).Ok);
        await db.SaveChangesAsync();
        var entry = await db.Set<AuditEntry>().SingleAsync(a => a.RecordId == record.Id.ToString());
        Assert.Equal("testcase.return", entry.Action);
        Assert.Equal("退回", entry.ActionLabel);
        Assert.Equal("TestCase", entry.RecordType);
        Assert.Equal("状态：已提交 → 已退回；办理时限：2026-10-10；说明：材料不全", entry.Summary);
    }

    [Fact]
    public async Task Http_MissingRecord_Is404_StaleVersion_Is409_NoPermission_Is403_Otherwise200()
    {
        await using var scope = await app.ScopeAs("member14");
        var (engine, db, ctx) = Engine(scope, EveOfNationalDay);
        var mine = new TestCase { AuthorId = ctx.UserId!.Value, CommitteeId = ctx.CommitteeId!.Value, Version = 3 };
        async Task<(int Status, string? Title)> Call(TestCase? record, string action, ActionRequest? body)
        {
            var r = await WorkflowHttp.ApplyAsync(db, engine, TestCaseFlow.Flow, record, action, body,
                c => engine.View(TestCaseFlow.Flow, c), CancellationToken.None);
            return r.Result switch
            {
                ProblemHttpResult p => (p.StatusCode, p.ProblemDetails.Title),
                Ok<WorkflowView> ok => (200, ok.Value!.State),
                _ => (0, null),
            };
        }
        Assert.Equal((404, "未找到该记录，或您无权查看。"), await Call(null, "submit", null));
        Assert.Equal(409, (await Call(mine, "submit", new ActionRequest(Version: 2))).Status);
        Assert.Equal(403, (await Call(new TestCase { CommitteeId = ctx.CommitteeId!.Value, State = CaseState.Submitted }, "file", null)).Status);
        Assert.Equal((200, "SUBMITTED"), await Call(mine, "submit", new ActionRequest(Version: 3)));
    }

    [Fact]
    public void Definition_WithAStateWithoutLabel_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new Workflow<TestCase, CaseState>("bad", "坏", CaseState.Draft,
            new Dictionary<CaseState, string> { [CaseState.Draft] = "草稿" }, []));
    }

    [Fact]
    public void Diagram_DrawsEveryStateAndActionAsText()
    {
        var svg = WorkflowDiagram.Svg(TestCaseFlow.Flow);
        Assert.StartsWith("<svg", svg);
        foreach (var label in new[] { "草稿", "已提交", "已退回", "立案", "提交", "退回", "重新提交" })
            Assert.Contains($">{label}</text>", svg);
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Matches(svg, "marker-end=").Count);
    }
}

using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;

namespace Xieshang.Plans;

/// <param name="MemberNos">The group's members by member number (委员证号), separated by commas or 、.</param>
/// <param name="DrafterNo">The drafter's member number; they are one of the group.</param>
public sealed record ResearchInput(int? Year, string? Title, Guid? TopicId = null, string? MemberNos = null, string? DrafterNo = null, string? Plan = null, int? Version = null);

public sealed record StepInput(string? Kind, DateOnly? On, string? Summary, string? BriefedBy = null, Guid? ActivityId = null);

public sealed record DraftInput(string? Text);

/// <summary>
/// 调研: the office sets up a research group (its members, its drafter, its plan), records each step — study, briefing,
/// visits — and each draft of the report, and moves it along <see cref="ResearchFlow"/>; the final draft becomes a
/// research report among the results.
/// </summary>
public sealed class SaveResearch(XieshangDb db, RequestContext ctx, WorkflowEngine engine, TimeProvider clock)
{
    static readonly char[] Separators = [',', '，', '、', ' ', '\n', '\r', ';', '；'];

    public async Task<Result<Guid>> SaveAsync(Guid? id, ResearchInput input, CancellationToken ct = default)
    {
        var task = id is { } existing ? await db.Set<ResearchTask>().SingleOrDefaultAsync(t => t.Id == existing, ct) : null;
        if (id != null && task == null) return new NotFound("该调研课题不存在。");
        if (task != null && input.Version is { } v && v != task.Version) return new Conflict("该课题已被他人修改，请刷新后再改。");
        if (task?.State == ResearchState.Completed) return new Conflict("调研报告已定稿，课题不能再改。");
        if (input.Year is not (>= 2000 and <= 2100) || input.Year is not { } year) return new Invalid("年度：2000 至 2100。");
        var title = input.Title?.Trim();
        if (title is not { Length: >= 4 and <= 100 }) return new Invalid("课题：4 至 100 个字。");
        if (input.TopicId is { } topic && !await db.Set<ConsultationTopic>().AnyAsync(t => t.Id == topic, ct)) return new Invalid("所属议题不存在。");
        var plan = input.Plan?.Trim();
        if (plan?.Length > 3000) return new Invalid("调研方案：不超过 3,000 字。");
        var numbers = (input.MemberNos ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (numbers.Count > 50) return new Invalid("调研组成员：不超过 50 人。");
        var seats = await db.Set<Membership>().Where(m => numbers.Contains(m.MemberNo) && m.Status == MembershipStatus.Active)
            .Select(m => new { m.Id, m.MemberNo }).ToListAsync(ct);
        if (numbers.FirstOrDefault(n => seats.All(s => !string.Equals(s.MemberNo, n, StringComparison.OrdinalIgnoreCase))) is { } unknown)
            return new Invalid($"调研组成员：没有在任委员证号为 {unknown} 的委员。");
        var drafter = input.DrafterNo?.Trim() is { Length: > 0 } no ? seats.FirstOrDefault(s => string.Equals(s.MemberNo, no, StringComparison.OrdinalIgnoreCase)) : null;
        if (input.DrafterNo?.Trim() is { Length: > 0 } && drafter == null) return new Invalid("执笔人：请从调研组成员中确定。");

        if (task == null)
        {
            task = new ResearchTask { Title = title, State = ResearchState.Planning };
            db.Add(task);
        }
        (task.Year, task.Title, task.TopicId, task.Plan, task.DrafterId) = (year, title, input.TopicId, string.IsNullOrEmpty(plan) ? null : plan, drafter?.Id);
        var current = id == null ? [] : await db.Set<ResearchMember>().Where(m => m.TaskId == task.Id).ToListAsync(ct);
        db.RemoveRange(current.Where(m => seats.All(s => s.Id != m.MembershipId)));
        foreach (var seat in seats.Where(s => current.All(m => m.MembershipId != s.Id)))
            db.Add(new ResearchMember { TaskId = task.Id, MembershipId = seat.Id });
        db.Audit(id == null ? "research.create" : "research.update", id == null ? "设立调研课题" : "修改调研课题", task, $"{title}（调研组 {seats.Count} 人）");
        return await db.SaveOrConflictAsync(ct) is { } conflict ? conflict : task.Id;
    }

    public async Task<Result<Guid>> StepAsync(Guid taskId, StepInput input, CancellationToken ct = default)
    {
        var task = await db.Set<ResearchTask>().SingleOrDefaultAsync(t => t.Id == taskId, ct);
        if (task == null) return new NotFound("该调研课题不存在。");
        if (task.State is not (ResearchState.Researching or ResearchState.Drafting)) return new Conflict("调研启动后、定稿前才能记录调研环节。");
        if (Platform.Codes.Parse<ResearchStepKind>(input.Kind) is not { } kind) return new Invalid("环节：请选择集体学习、情况通报、本地调研或外出考察。");
        if (input.On is not { } on || on > Web.Shanghai.Today(clock)) return new Invalid("日期：请填写，且不能晚于今天。");
        var summary = input.Summary?.Trim();
        if (summary is not { Length: >= 2 and <= 1000 }) return new Invalid("内容：2 至 1,000 字。");
        var by = input.BriefedBy?.Trim();
        if (kind == ResearchStepKind.Briefing && by is not { Length: >= 2 and <= 100 }) return new Invalid("情况通报：请写明通报的政府领导或部门。");
        if (input.ActivityId is { } activity && !await db.Set<Meetings.Activity>().AnyAsync(a => a.Id == activity, ct)) return new Invalid("关联活动不存在。");
        var step = new ResearchStep { TaskId = taskId, Kind = kind, On = on, Summary = summary, BriefedBy = kind == ResearchStepKind.Briefing ? by : null, ActivityId = input.ActivityId };
        db.Add(step);
        db.Audit("research.step", "记录调研环节", step, $"{task.Title}：{Web.Labels.Of(kind)}，{summary}");
        return await db.SaveOrConflictAsync(ct) is { } conflict ? conflict : step.Id;
    }

    public async Task<Result<Guid>> DraftAsync(Guid taskId, DraftInput input, CancellationToken ct = default)
    {
        var task = await db.Set<ResearchTask>().SingleOrDefaultAsync(t => t.Id == taskId, ct);
        if (task == null) return new NotFound("该调研课题不存在。");
        if (task.State != ResearchState.Drafting) return new Conflict("进入报告起草后才能提交稿件。");
        var text = input.Text?.Trim();
        if (text is not { Length: >= 20 and <= SaveResult.MaxBody }) return new Invalid($"稿件：20 至 {SaveResult.MaxBody:N0} 字。");
        var number = (await db.Set<ResearchDraft>().Where(d => d.TaskId == taskId).MaxAsync(d => (int?)d.Number, ct) ?? 0) + 1;
        var draft = new ResearchDraft { TaskId = taskId, Number = number, Text = text, EnteredBy = ctx.UserName ?? "", EnteredAt = clock.GetUtcNow().UtcDateTime };
        db.Add(draft);
        db.Audit("research.draft", "提交调研报告稿", draft, $"{task.Title}：第 {number} 稿");
        return await db.SaveOrConflictAsync(ct) is { } conflict ? conflict : draft.Id;
    }

    public async Task<Result<Guid>> ActAsync(Guid taskId, string action, ActionRequest? request, CancellationToken ct = default)
    {
        var task = await db.Set<ResearchTask>().SingleOrDefaultAsync(t => t.Id == taskId, ct);
        if (task == null) return new NotFound("该调研课题不存在。");
        if (request?.Version is { } v && v != task.Version) return new Conflict("该课题已被他人处理，请刷新后查看。");
        var last = action == "complete" ? await db.Set<ResearchDraft>().Where(d => d.TaskId == taskId).OrderByDescending(d => d.Number).FirstOrDefaultAsync(ct) : null;
        switch (action)
        {
            case "start" when task.DrafterId == null || !await db.Set<ResearchMember>().AnyAsync(m => m.TaskId == taskId, ct):
                return new Invalid("启动调研前，请确定调研组成员和执笔人。");
            case "complete" when last == null:
                return new Invalid("还没有调研报告稿，不能定稿。");
        }
        var applied = await engine.ApplyAsync(ResearchFlow.Flow, task, action, request?.Note?.Trim(), ct);
        if (!applied.Ok) return applied.Error!;
        if (last != null)
        {
            // The last draft is the report: a result of the topic, to be sent up from the results.
            var drafter = await db.Set<Membership>().Where(m => m.Id == task.DrafterId).Join(db.Set<Person>(), m => m.PersonId, p => p.Id, (m, p) => p.Name).SingleOrDefaultAsync(ct);
            var report = new PlanResult
            {
                Year = task.Year, Kind = ResultKind.ResearchReport, Title = ReportTitle(task.Title),
                Body = last.Text, TopicId = task.TopicId, Author = drafter, State = ResultState.Draft,
            };
            if (report.Title.Length > 100) report.Title = report.Title[..100];
            db.Add(report);
            db.Audit("result.create", "登记协商成果", report, $"调研报告《{report.Title}》（第 {last.Number} 稿定稿）");
            task.ResultId = report.Id;
        }
        return await db.SaveOrConflictAsync(ct) is { } conflict ? conflict : task.Id;
    }

    /// <summary>"物流产业发展调研" gives "物流产业发展调研报告", as "物流产业发展" does.</summary>
    static string ReportTitle(string title) =>
        title.EndsWith("调研报告", StringComparison.Ordinal) ? title : title.EndsWith("调研", StringComparison.Ordinal) ? title + "报告" : title + "调研报告";
}

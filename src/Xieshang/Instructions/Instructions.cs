using Microsoft.EntityFrameworkCore;
using Xieshang.Platform;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;

namespace Xieshang.Instructions;

/// <summary>A module's records that leaders instruct on: says whether one may carry an instruction, and names it.</summary>
public interface IInstructionTarget
{
    /// <summary>The record type, as stored ("opinion").</summary>
    string Type { get; }
    string Label { get; }
    /// <summary>The record's title when it exists in the current committee, the caller sees it and it may be instructed on; otherwise why not.</summary>
    Task<Result<string>> TitleAsync(Guid id, CancellationToken ct);
    string Link(Guid id);
    /// <summary>What the record does when an instruction on it is recorded, in the same save (a topic moves to 已批示).</summary>
    Task<Error?> InstructedAsync(Guid id, CancellationToken ct) => Task.FromResult<Error?>(null);
}

/// <summary>A year's ledger narrowed to a state and a kind of record; an empty filter (a form's 全部) is no filter.</summary>
public sealed record LedgerQuery(int Year, string? State = null, string? TargetType = null)
{
    public string? State { get; init; } = string.IsNullOrWhiteSpace(State) ? null : State.Trim();
    public string? TargetType { get; init; } = string.IsNullOrWhiteSpace(TargetType) ? null : TargetType.Trim();
}

public sealed record LedgerPage(int Total, int Page, int PageSize, int Open, int Overdue, int Answered, int Closed, IReadOnlyList<InstructionRow> Rows);

public sealed record InstructionInput(string? TargetType, Guid? TargetId, string? Level, string? LeaderName, string? LeaderTitle, DateOnly? InstructedOn,
    string? Text, string? Department, DateOnly? FeedbackDue);

public sealed record InstructionRow(Guid Id, string TargetType, string TargetLabel, Guid TargetId, string TargetTitle, string TargetLink, string Level,
    string LevelLabel, string LeaderName, string LeaderTitle, DateOnly InstructedOn, string Text, string? Department, DateOnly? FeedbackDue, string? Feedback,
    DateTime? FeedbackAt, bool Overdue, WorkflowView Workflow);

/// <summary>批示件台账: recording leaders' instructions on any module's records, the departments' feedback, and closing them.</summary>
/// <remarks>A year's ledger is kept (ADR 0006) until an instruction changes; the steps each reader may take and what is overdue are worked out per request.</remarks>
public sealed class Instructions(XieshangDb db, RequestContext ctx, WorkflowEngine engine, IEnumerable<IInstructionTarget> targets, TimeProvider clock,
    Microsoft.Extensions.Caching.Memory.IMemoryCache cache, CommitteeChanges changes)
{
    /// <summary>The feedback is due 30 days after the instruction unless it says otherwise (domain.md §3.3).</summary>
    public const int DefaultFeedbackDays = 30;

    public async Task<Result<Guid>> AddAsync(InstructionInput input, CancellationToken ct = default)
    {
        var target = targets.FirstOrDefault(t => t.Type == input.TargetType);
        if (target == null || input.TargetId is not { } targetId) return new Invalid("请指明批示的对象。");
        var title = await target.TitleAsync(targetId, ct);
        if (!title.Ok) return title.Error!;
        if (Codes.Parse<CommitteeLevel>(input.Level) is not { } level) return new Invalid("批示层级：请选择县区级、市级、省级或全国。");
        var leader = input.LeaderName?.Trim();
        if (leader is not { Length: >= 2 and <= 50 }) return new Invalid("批示领导：2 至 50 个字（可写“市政府主要领导”）。");
        var text = input.Text?.Trim();
        if (text is not { Length: >= 2 and <= 2000 }) return new Invalid("批示内容：2 至 2,000 字。");
        var today = Web.Shanghai.Today(clock);
        if (input.InstructedOn is not { } on || on > today) return new Invalid("批示日期：请填写，且不能晚于今天。");
        var due = input.FeedbackDue ?? on.AddDays(DefaultFeedbackDays);
        if (due < on) return new Invalid("反馈期限：不能早于批示日期。");
        var department = input.Department?.Trim();
        if (department?.Length > 100 || input.LeaderTitle?.Trim().Length > 100) return new Invalid("承办部门、职务：各不超过 100 字。");

        var instruction = new LeaderInstruction
        {
            TargetType = target.Type, TargetId = targetId, TargetTitle = title.Value!.Length <= 200 ? title.Value : title.Value[..200], Level = level,
            LeaderName = leader, LeaderTitle = input.LeaderTitle?.Trim() ?? "", InstructedOn = on, Text = text, Department = string.IsNullOrEmpty(department) ? null : department,
            FeedbackDue = due, CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = ctx.UserName ?? "", State = InstructionState.Open,
            DueAt = Web.Shanghai.ToUtc(due.ToDateTime(new TimeOnly(23, 59))),
        };
        db.Add(instruction);
        db.Audit("instruction.add", "登记领导批示", instruction, $"{leader}批示《{instruction.TargetTitle}》");
        if (await target.InstructedAsync(targetId, ct) is { } refused) return refused;
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return instruction.Id;
    }

    public async Task<Result<Guid>> ActAsync(Guid id, string action, string? note, int? version, CancellationToken ct = default)
    {
        var instruction = await db.Set<LeaderInstruction>().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (instruction == null) return new NotFound("该批示不存在。");
        if (version is { } v && v != instruction.Version) return new Conflict("该批示已被他人处理，请刷新后查看。");
        note = note?.Trim();
        if (action == "feedback" && note is not { Length: >= 2 and <= 3000 }) return new Invalid("反馈情况：2 至 3,000 字。");
        var applied = await engine.ApplyAsync(InstructionFlow.Flow, instruction, action, action == "feedback" ? null : note, ct);
        if (!applied.Ok) return applied.Error!;
        if (action == "feedback") (instruction.Feedback, instruction.FeedbackAt) = (note, clock.GetUtcNow().UtcDateTime);
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return instruction.Id;
    }

    /// <summary>The instructions on one record, for its page.</summary>
    public async Task<IReadOnlyList<InstructionRow>> OnRecordAsync(string targetType, Guid targetId, CancellationToken ct = default)
    {
        var rows = await db.Set<LeaderInstruction>().AsNoTracking().Where(i => i.TargetType == targetType && i.TargetId == targetId)
            .OrderByDescending(i => i.InstructedOn).ThenBy(i => i.Id).ToListAsync(ct);
        var today = Web.Shanghai.Today(clock);
        return rows.Select(i => Row(i, today)!).ToList();
    }

    InstructionRow? Row(LeaderInstruction? i, DateOnly today)
    {
        if (i == null) return null;
        var target = targets.FirstOrDefault(x => x.Type == i.TargetType);
        return new InstructionRow(i.Id, i.TargetType, target?.Label ?? i.TargetType, i.TargetId, i.TargetTitle, target?.Link(i.TargetId) ?? "", Codes.Of(i.Level),
            Committee.LevelLabel(i.Level), i.LeaderName, i.LeaderTitle, i.InstructedOn, i.Text, i.Department, i.FeedbackDue, i.Feedback, i.FeedbackAt,
            Overdue(i, today), engine.View(InstructionFlow.Flow, i));
    }

    static bool Overdue(LeaderInstruction i, DateOnly today) => i.State == InstructionState.Open && i.FeedbackDue < today;

    /// <summary>The ledger's state filter: the workflow's three states, and 逾期 — still waiting past the feedback due.</summary>
    public static readonly IReadOnlyList<(string Code, string Label)> StateFilters =
        [("OPEN", "待反馈"), ("OVERDUE", "反馈逾期"), ("ANSWERED", "已反馈"), ("CLOSED", "已办结")];

    /// <summary>The kinds of record instructed on, for the ledger's module filter.</summary>
    public IReadOnlyList<(string Type, string Label)> TargetTypes => targets.Select(t => (t.Type, t.Label)).ToList();

    /// <summary>A year's ledger (by the date instructed), narrowed to a state and a kind of record.</summary>
    public async Task<Result<IReadOnlyList<InstructionRow>>> FilterAsync(LedgerQuery query, CancellationToken ct = default)
    {
        if (Refused(query) is { } refused) return refused;
        var today = Web.Shanghai.Today(clock);
        return (await YearAsync(query.Year)).Where(i => Matches(i, query, today)).Select(i => Row(i, today)!).ToList();
    }

    /// <summary>
    /// One page of the filtered ledger, with the counts by state of the year's instructions on that kind of record (the
    /// counts are the page's drill-down links, so they ignore the state filter): a city district's year runs to hundreds.
    /// </summary>
    public async Task<Result<LedgerPage>> PageAsync(LedgerQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        if (Refused(query) is { } refused) return refused;
        var today = Web.Shanghai.Today(clock);
        var kind = (await YearAsync(query.Year)).Where(i => Matches(i, query with { State = null }, today)).ToList();
        var rows = query.State == null ? kind : kind.Where(i => Matches(i, query, today)).ToList();
        var pages = Math.Max(1, (rows.Count + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pages);
        return new LedgerPage(rows.Count, page, pageSize, kind.Count(i => i.State == InstructionState.Open), kind.Count(i => Overdue(i, today)),
            kind.Count(i => i.State == InstructionState.Answered), kind.Count(i => i.State == InstructionState.Closed),
            rows.Skip((page - 1) * pageSize).Take(pageSize).Select(i => Row(i, today)!).ToList());
    }

    Error? Refused(LedgerQuery query)
    {
        if (Web.QueryValues.YearOutOfRange(query.Year) is { } year) return year;
        if (query.State != null && StateFilters.All(s => s.Code != query.State))
            return new Invalid("状态：请选择待反馈（OPEN）、反馈逾期（OVERDUE）、已反馈（ANSWERED）或已办结（CLOSED）。");
        if (query.TargetType != null && targets.All(t => t.Type != query.TargetType))
            return new Invalid($"批示对象：请选择{string.Join("、", targets.Select(t => $"{t.Label}（{t.Type}）"))}。");
        return null;
    }

    static bool Matches(LeaderInstruction i, LedgerQuery q, DateOnly today) =>
        (q.TargetType == null || i.TargetType == q.TargetType) && q.State switch
        {
            null => true,
            "OVERDUE" => Overdue(i, today),
            var s => Codes.Of(i.State) == s,
        };

    /// <summary>A year's instructions, kept (ADR 0006) until one changes; what is overdue is worked out per request.</summary>
    Task<IReadOnlyList<LeaderInstruction>> YearAsync(int year)
    {
        var committee = db.CurrentCommitteeId;
        return SharedCache.GetAsync(cache, ("instruction-ledger", committee, year), TimeSpan.FromSeconds(30), async () => (IReadOnlyList<LeaderInstruction>)
                await db.Set<LeaderInstruction>().AsNoTracking().Where(i => i.InstructedOn >= new DateOnly(year, 1, 1) && i.InstructedOn < new DateOnly(year + 1, 1, 1))
                    .OrderByDescending(i => i.InstructedOn).ThenBy(i => i.Id).ToListAsync(CancellationToken.None),
            changes.Token(InstructionsModule.Changes, committee));
    }

    public async Task<InstructionRow?> OneAsync(Guid id, CancellationToken ct = default) =>
        Row(await db.Set<LeaderInstruction>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct), Web.Shanghai.Today(clock));
}

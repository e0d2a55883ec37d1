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

    /// <summary>The ledger: a year's instructions (by the date instructed), or those on one record.</summary>
    public async Task<IReadOnlyList<InstructionRow>> ListAsync(int? year, string? targetType = null, Guid? targetId = null, CancellationToken ct = default)
    {
        var committee = db.CurrentCommitteeId;
        var rows = year is { } y && targetId == null
            ? await SharedCache.GetAsync(cache, ("instruction-ledger", committee, y, targetType), TimeSpan.FromSeconds(30), () => LoadAsync(y, targetType, null, CancellationToken.None),
                changes.Token(InstructionsModule.Changes, committee))
            : await LoadAsync(year, targetType, targetId, ct);
        var today = Web.Shanghai.Today(clock);
        return rows.Select(i => Row(i, today)!).ToList();
    }

    InstructionRow? Row(LeaderInstruction? i, DateOnly today)
    {
        if (i == null) return null;
        var target = targets.FirstOrDefault(x => x.Type == i.TargetType);
        return new InstructionRow(i.Id, i.TargetType, target?.Label ?? i.TargetType, i.TargetId, i.TargetTitle, target?.Link(i.TargetId) ?? "", Codes.Of(i.Level),
            Committee.LevelLabel(i.Level), i.LeaderName, i.LeaderTitle, i.InstructedOn, i.Text, i.Department, i.FeedbackDue, i.Feedback, i.FeedbackAt,
            i.State == InstructionState.Open && i.FeedbackDue < today, engine.View(InstructionFlow.Flow, i));
    }

    /// <summary>One page of a year's ledger, with the year's counts: a city district's year runs to hundreds of instructions.</summary>
    public async Task<LedgerPage> PageAsync(int year, int page, int pageSize, CancellationToken ct = default)
    {
        var committee = db.CurrentCommitteeId;
        var all = await SharedCache.GetAsync(cache, ("instruction-ledger", committee, year, (string?)null), TimeSpan.FromSeconds(30),
            () => LoadAsync(year, null, null, CancellationToken.None), changes.Token(InstructionsModule.Changes, committee));
        var today = Web.Shanghai.Today(clock);
        var pages = Math.Max(1, (all.Count + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pages);
        bool Overdue(LeaderInstruction i) => i.State == InstructionState.Open && i.FeedbackDue < today;
        return new LedgerPage(all.Count, page, pageSize, all.Count(i => i.State == InstructionState.Open), all.Count(Overdue),
            all.Count(i => i.State == InstructionState.Answered), all.Count(i => i.State == InstructionState.Closed),
            all.Skip((page - 1) * pageSize).Take(pageSize).Select(i => Row(i, today)!).ToList());
    }

    public async Task<InstructionRow?> OneAsync(Guid id, CancellationToken ct = default) =>
        Row(await db.Set<LeaderInstruction>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct), Web.Shanghai.Today(clock));

    async Task<IReadOnlyList<LeaderInstruction>> LoadAsync(int? year, string? targetType, Guid? targetId, CancellationToken ct)
    {
        var q = db.Set<LeaderInstruction>().AsNoTracking();
        if (year is { } y) q = q.Where(i => i.InstructedOn >= new DateOnly(y, 1, 1) && i.InstructedOn < new DateOnly(y + 1, 1, 1));
        if (targetType != null) q = q.Where(i => i.TargetType == targetType);
        if (targetId is { } t) q = q.Where(i => i.TargetId == t);
        return await q.OrderByDescending(i => i.InstructedOn).ThenBy(i => i.Id).Take(1000).ToListAsync(ct);
    }
}

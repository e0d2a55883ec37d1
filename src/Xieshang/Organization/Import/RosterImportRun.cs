using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Files;
using Xieshang.Platform.Tenancy;
using Xieshang.Web;

namespace Xieshang.Organization.Import;

/// <summary>
/// One pass over an uploaded roster, in the committee and with the identity of the person who uploaded it: the dry run
/// (read, check, count what would be new, changed or unchanged) or the import (the same checks again against the data
/// as it is now, then every write in one transaction).
/// </summary>
public sealed class RosterImportRun(XieshangDb db, IFileStorage storage, MemberWrites writes, TimeProvider clock, ILogger<RosterImportRun> log,
    OrganizationChanges changes)
{
    const int ProgressEvery = 500;
    const int WriteBatch = 500;

    sealed record Outcome(List<RosterRow> New, List<(RosterRow Row, ExistingMember Member)> Changed, int Unchanged, List<ImportProblem> Problems,
        int ProblemCount, int Total, string? Fatal);

    public async Task RunAsync(Guid id, Action<int> progress, CancellationToken ct)
    {
        var import = await db.Set<RosterImport>().AsNoTracking().SingleAsync(i => i.Id == id, ct);
        var (from, to) = import.Status switch
        {
            RosterImportStatus.Queued => (RosterImportStatus.Queued, RosterImportStatus.Checking),
            RosterImportStatus.ImportQueued => (RosterImportStatus.ImportQueued, RosterImportStatus.Importing),
            _ => (import.Status, import.Status),
        };
        if (from == to) return;
        // Another node may have taken it: the conditional update decides.
        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.Set<RosterImport>().Where(i => i.Id == id && i.Status == from)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, to).SetProperty(i => i.HeartbeatAt, now).SetProperty(i => i.ProcessedRows, 0), ct) == 0)
            return;

        if (to == RosterImportStatus.Checking) await CheckAsync(import, ct);
        else await ImportAsync(import, progress, ct);
    }

    async Task CheckAsync(RosterImport import, CancellationToken ct)
    {
        var outcome = await ReadAsync(import, track: false, ct);
        var status = outcome.Fatal != null || outcome.ProblemCount > 0 ? RosterImportStatus.Invalid : RosterImportStatus.Checked;
        await FinishAsync(import, status, outcome, outcome.Fatal, ct);
        if (status == RosterImportStatus.Invalid) await DropFileAsync(import);
    }

    async Task ImportAsync(RosterImport import, Action<int> progress, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var outcome = await ReadAsync(import, track: true, ct);
        if (outcome.Fatal != null || outcome.ProblemCount > 0)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            await FinishAsync(import, RosterImportStatus.Invalid, outcome,
                outcome.Fatal ?? "检查之后名册数据有变动，导入前复核未通过，未写入任何数据。请按报告修改后重新上传。", ct);
            await DropFileAsync(import);
            return;
        }
        try
        {
            var reason = $"名册导入（{import.FileName}）";
            var written = 0;
            foreach (var (row, member) in outcome.Changed)
            {
                var (loginProblem, _) = await writes.UpdateAsync(member.Seat, member.Person, member.Seats, row.Fields, Groupings(row), reason, ct, source: reason);
                if (loginProblem != null)
                {
                    var problem = new ImportProblem(row.Row, RosterTemplate.Mobile, loginProblem);
                    // A login conflict found only now: nothing is written, the report names the row.
                    await tx.RollbackAsync(CancellationToken.None);
                    db.ChangeTracker.Clear();
                    await FinishAsync(import, RosterImportStatus.Invalid, outcome with { Problems = [problem], ProblemCount = 1 },
                        "导入前复核未通过，未写入任何数据。请按报告修改后重新上传。", ct);
                    await DropFileAsync(import);
                    return;
                }
                if (++written % WriteBatch == 0) { await db.SaveChangesAsync(ct); progress(written); }
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            foreach (var chunk in outcome.New.Chunk(WriteBatch))
            {
                foreach (var row in chunk) writes.Add(row.Fields, Groupings(row), reason);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                written += chunk.Length;
                progress(written);
            }
            await tx.CommitAsync(ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            await tx.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            log.LogError(ex, "Roster import {ImportId} failed while writing; rolled back", import.Id);
            await FinishAsync(import, RosterImportStatus.Failed, outcome with { New = [], Changed = [], Unchanged = 0 },
                "写入时出错，已全部撤回，未写入任何数据。请稍后重新上传；如仍失败，请联系系统管理员。", ct);
            await DropFileAsync(import);
            return;
        }
        await FinishAsync(import, RosterImportStatus.Imported, outcome, null, ct);
        await changes.ChangedAsync(import.CommitteeId);
        await DropFileAsync(import);
    }

    static SeatGroupings Groupings(RosterRow row) => new(row.Sector, row.DutyGroup, row.Committees);

    async Task<Outcome> ReadAsync(RosterImport import, bool track, CancellationToken ct)
    {
        var problems = new List<ImportProblem>();
        var good = new List<RosterRow>();
        var total = 0;
        var problemCount = 0;
        await using var file = import.StorageKey == null ? null : await storage.OpenReadAsync(import.StorageKey, ct);
        if (file == null) return new([], [], 0, [], 0, 0, "上传的文件已不在，请重新上传。");
        // MiniExcel needs a seekable stream; the file is at most MaxBytes.
        await using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        var reader = await RosterReader.LoadAsync(db, Shanghai.Today(clock).Year, track, ct);
        try
        {
            var (sheet, headerProblems) = RosterReader.CheckHeader(buffer);
            if (headerProblems.Count > 0) return new([], [], 0, headerProblems, headerProblems.Count, 0, null);
            foreach (var (row, cells) in RosterReader.Rows(buffer, sheet))
            {
                if (++total > RosterImports.MaxRows)
                    return new([], [], 0, Kept(problems), problemCount, total,
                        $"第 {row:N0} 行：超过每次导入的上限 {RosterImports.MaxRows:N0} 行，未导入任何数据。本政协的名册应远少于此，请检查是否选错了文件，或分批导入。");
                var before = problems.Count;
                var checkedRow = reader.Check(row, cells, problems);
                problemCount += problems.Count - before;
                if (problems.Count > RosterImports.KeptProblems) problems.RemoveRange(RosterImports.KeptProblems, problems.Count - RosterImports.KeptProblems);
                if (checkedRow != null) good.Add(checkedRow);
                if (total % ProgressEvery == 0)
                {
                    var now = clock.GetUtcNow().UtcDateTime;
                    var seen = total;
                    await db.Set<RosterImport>().Where(i => i.Id == import.Id)
                        .ExecuteUpdateAsync(s => s.SetProperty(i => i.ProcessedRows, seen).SetProperty(i => i.HeartbeatAt, now), ct);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A damaged workbook fails inside the reader in many ways; the type is enough to diagnose, the content stays out of the log.
            log.LogWarning("Roster import {ImportId}: unreadable workbook ({Error})", import.Id, ex.GetType().Name);
            return new([], [], 0, Kept(problems), problemCount, total, "文件无法读取：已损坏，或不是有效的 .xlsx 表格。请用 Excel 或 WPS 打开检查后另存再导入。");
        }
        if (total == 0) return new([], [], 0, [], 0, 0, "名册中没有数据行。请在模板第二行起填写。");

        var added = new List<RosterRow>();
        var changed = new List<(RosterRow, ExistingMember)>();
        var unchanged = 0;
        foreach (var row in good)
        {
            if (!reader.Existing.TryGetValue(row.Fields.MemberNo, out var member)) added.Add(row);
            else if (Same(row, member)) unchanged++;
            else changed.Add((row, member));
        }
        return new(added, changed, unchanged, problems, problemCount, total, null);

        static List<ImportProblem> Kept(List<ImportProblem> p) => p.Count > RosterImports.KeptProblems ? p[..RosterImports.KeptProblems] : p;
    }

    static bool Same(RosterRow row, ExistingMember e)
    {
        var now = new MemberFields(e.Person.Name, e.Person.Gender, e.Person.BirthYear, e.Person.Party, e.Person.Mobile, e.Person.Employer,
            e.Person.JobTitle, e.Seat.Term, e.Seat.MemberNo, e.Seat.Role, e.Seat.IsStanding);
        return now == row.Fields && e.Seat.SectorId == row.Sector.Id && e.Seat.DutyGroupId == row.DutyGroup?.Id
            && e.Seats.Select(s => s.SpecialCommitteeId).ToHashSet().SetEquals(row.Committees.Select(c => c.Id));
    }

    /// <summary>The end of a pass: its figures on the record (one conditional update, as progress is), and an audit entry.</summary>
    async Task FinishAsync(RosterImport import, RosterImportStatus status, Outcome o, string? message, CancellationToken ct)
    {
        var id = import.Id;
        var now = clock.GetUtcNow().UtcDateTime;
        var problems = JsonSerializer.Serialize(o.Problems);
        await db.Set<RosterImport>().Where(i => i.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Status, status).SetProperty(i => i.TotalRows, o.Total).SetProperty(i => i.ProcessedRows, o.Total)
            .SetProperty(i => i.NewCount, o.New.Count).SetProperty(i => i.UpdateCount, o.Changed.Count).SetProperty(i => i.UnchangedCount, o.Unchanged)
            .SetProperty(i => i.ProblemCount, o.ProblemCount).SetProperty(i => i.ProblemsJson, problems).SetProperty(i => i.Message, message)
            .SetProperty(i => i.HeartbeatAt, now).SetProperty(i => i.FinishedAt, status == RosterImportStatus.Checked ? null : now), ct);
        var counts = $"新增 {o.New.Count}，更新 {o.Changed.Count}，无变化 {o.Unchanged}，问题 {o.ProblemCount} 处";
        db.Audit(status is RosterImportStatus.Imported or RosterImportStatus.Failed ? "organization.roster.import" : "organization.roster.check",
            Labels.Of(status), import, $"{import.FileName}：{message ?? counts}");
        await db.SaveChangesAsync(CancellationToken.None);
    }

    async Task DropFileAsync(RosterImport import)
    {
        if (import.StorageKey == null) return;
        await storage.DeleteAsync(import.StorageKey, CancellationToken.None);
        await db.Set<RosterImport>().Where(i => i.Id == import.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.StorageKey, (string?)null), CancellationToken.None);
    }
}

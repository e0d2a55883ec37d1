using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Files;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;
using Xieshang.Web;

namespace Xieshang.Organization.Import;

public sealed record RosterImportView(
    Guid Id, string FileName, DateTime UploadedAt, RosterImportStatus Status, string StatusLabel, int ProcessedRows, int? TotalRows,
    int NewCount, int UpdateCount, int UnchangedCount, int ProblemCount, IReadOnlyList<ImportProblem> Problems, string? Message,
    DateTime? FinishedAt, bool Running);

/// <summary>
/// The roster import as staff see it: upload a file (its type is checked by content), watch the dry run's progress
/// and row-by-row report, then confirm; the import itself re-checks and writes everything in one transaction or
/// nothing. The work runs in <see cref="RosterImportWorker"/>, so a large file does not hold a request open.
/// </summary>
public sealed class RosterImports(XieshangDb db, RequestContext ctx, IFileStorage storage, RosterImportWorker worker, TimeProvider clock)
{
    /// <summary>A district roster has a few hundred rows; a file far beyond this is the wrong file.</summary>
    public const int MaxRows = 50_000;
    public const long MaxBytes = 20L * 1024 * 1024;
    public const int KeptProblems = 500;

    public async Task<Result<Guid>> UploadAsync(string? fileName, Stream content, CancellationToken ct = default)
    {
        fileName = Path.GetFileName(fileName ?? "").Trim();
        if (fileName.Length is 0 or > 200) return new Invalid("请选择要导入的名册文件（文件名不超过 200 个字符）。");
        // Read at most one byte past the limit: an oversized upload is refused without holding all of it.
        await using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes) return new Invalid($"文件超过 {MaxBytes / 1024 / 1024} MB。请检查是否选错了文件。");
        }
        if (buffer.Length == 0) return new Invalid("文件是空的。");
        buffer.Position = 0;
        var type = FileTypes.Detect(buffer);
        if (type == FileTypes.Doc) return new Invalid("这是旧版 Excel（.xls）或 Word 文件。请用 Excel 或 WPS 另存为 .xlsx 后再导入。");
        if (type != FileTypes.Xlsx) return new Invalid("文件不是 .xlsx 格式的 Excel 表格。请使用下载的模板填写后导入。");

        var key = await storage.SaveAsync(buffer, ct);
        var import = new RosterImport
        {
            FileName = fileName, StorageKey = key, UploadedBy = ctx.UserId!.Value, UploadedAt = clock.GetUtcNow().UtcDateTime,
            Status = RosterImportStatus.Queued,
        };
        db.Add(import);
        db.Audit("organization.roster.upload", "上传委员名册", import, $"{fileName}（{FileUseCases.Size(buffer.Length)}）");
        try { await db.SaveChangesAsync(ct); }
        catch
        {
            await storage.DeleteAsync(key, CancellationToken.None);
            throw;
        }
        worker.Enqueue(import.Id);
        return import.Id;
    }

    /// <summary>Confirms a checked import: the worker writes it.</summary>
    public async Task<Result<Guid>> ConfirmAsync(Guid id, CancellationToken ct = default)
    {
        var import = await db.Set<RosterImport>().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (import == null) return new NotFound("导入记录不存在。");
        if (import.Status != RosterImportStatus.Checked)
            return new Conflict(import.Status == RosterImportStatus.Invalid ? "检查未通过，不能导入。请按报告修改文件后重新上传。" : $"当前状态为“{Labels.Of(import.Status)}”，不能确认导入。");
        import.Status = RosterImportStatus.ImportQueued;
        import.ProcessedRows = 0;
        db.Audit("organization.roster.confirm", "确认导入委员名册", import, $"{import.FileName}：新增 {import.NewCount}，更新 {import.UpdateCount}");
        // The version makes two clicks (or two staff) confirm it once.
        if (await db.SaveOrConflictAsync(ct) is not null) return new Conflict("该名册已确认导入。");
        worker.Enqueue(id);
        return id;
    }

    public async Task<RosterImportView?> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<RosterImport>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct) is { } i ? View(i) : null;

    public async Task<IReadOnlyList<RosterImportView>> RecentAsync(CancellationToken ct = default) =>
        (await db.Set<RosterImport>().AsNoTracking().OrderByDescending(i => i.UploadedAt).Take(10).ToListAsync(ct)).Select(View).ToList();

    /// <summary>The template, with this committee's sectors, duty groups and special committees listed for reference.</summary>
    public async Task<byte[]> TemplateAsync(CancellationToken ct = default) => RosterTemplate.Build(
        await db.Set<Sector>().AsNoTracking().OrderBy(s => s.SortOrder).Select(s => s.Name).ToListAsync(ct),
        await db.Set<DutyGroup>().AsNoTracking().OrderBy(g => g.Name).Select(g => g.Name).ToListAsync(ct),
        await db.Set<SpecialCommittee>().AsNoTracking().OrderBy(s => s.SortOrder).Select(s => s.Name).ToListAsync(ct),
        await db.Set<Membership>().AsNoTracking().GroupBy(m => m.Term).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefaultAsync(ct) ?? "第十届");

    RosterImportView View(RosterImport i)
    {
        var (processed, total) = (i.ProcessedRows, i.TotalRows);
        // While the import writes, its transaction hides the rows: the count comes from the worker, when it runs here.
        if (i.Status == RosterImportStatus.Importing) (processed, total) = (worker.Written(i.Id) ?? 0, i.NewCount + i.UpdateCount);
        return new(i.Id, i.FileName, i.UploadedAt, i.Status, Labels.Of(i.Status), processed, total, i.NewCount, i.UpdateCount, i.UnchangedCount,
            i.ProblemCount, JsonSerializer.Deserialize<List<ImportProblem>>(i.ProblemsJson) ?? [], i.Message, i.FinishedAt,
            i.Status is RosterImportStatus.Queued or RosterImportStatus.Checking or RosterImportStatus.ImportQueued or RosterImportStatus.Importing);
    }
}

using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Platform.Files;

public sealed record FileRow(Guid Id, string OwnerType, string OwnerId, string FileName, string ContentType, long Size, DateTime UploadedAt);

public sealed record FileDownload(Stream Content, string FileName, string ContentType);

/// <summary>Upload, list and download attachments, checking size and type by content and the owner's access rules.</summary>
public sealed class FileUseCases(XieshangDb db, RequestContext ctx, IFileStorage storage, IEnumerable<IFileOwner> owners,
    IConfiguration config, TimeProvider clock)
{
    public long MaxBytes => config.GetValue("Files:MaxBytes", 20L * 1024 * 1024);

    IFileOwner? Owner(string type) => owners.FirstOrDefault(o => o.OwnerType == type);

    public async Task<Result<FileRow>> UploadAsync(string ownerType, string ownerId, string fileName, Stream content, long length, CancellationToken ct)
    {
        var owner = Owner(ownerType);
        if (owner == null || string.IsNullOrWhiteSpace(ownerId) || !await owner.CanAttachAsync(ownerId, ctx, ct))
            return new Forbidden("您不能向该记录上传附件。");
        fileName = Path.GetFileName(fileName ?? "").Trim();
        if (fileName.Length is 0 or > 255) return new Invalid("文件名不能为空，且不超过 255 个字符。");
        if (length == 0) return new Invalid("文件是空的。");
        if (length > MaxBytes) return TooLarge();

        // Read into a buffer we control: the length the client claimed is checked again against what arrives.
        await using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxBytes) return TooLarge();
        buffer.Position = 0;
        var detected = FileTypes.Detect(buffer);
        if (detected == null || !owner.Accepts.Contains(detected) && !(detected == FileTypes.Doc && owner.Accepts.Contains(FileTypes.Xls)))
            return new Invalid($"不支持的文件类型。可上传：{string.Join("、", owner.Accepts.Select(a => a.Label))}。");
        detected = FileTypes.ResolveOle(detected, fileName);
        if (!FileTypes.NameMatches(detected, fileName))
            return new Invalid($"文件内容（{detected.Label}）与扩展名“{Path.GetExtension(fileName)}”不符。");

        var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(buffer, ct));
        buffer.Position = 0;
        var key = await storage.SaveAsync(buffer, ct);
        var file = new StoredFile
        {
            OwnerType = ownerType, OwnerId = ownerId, FileName = fileName, ContentType = detected.ContentType,
            Size = buffer.Length, Sha256 = sha, StorageKey = key, UploadedBy = ctx.UserId, UploadedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(file);
        db.Audit("platform.file.upload", "上传附件", file, $"{fileName}（{Size(file.Size)}）→ {ownerType} {ownerId}");
        try { await db.SaveChangesAsync(ct); }
        catch
        {
            await storage.DeleteAsync(key, CancellationToken.None); // no orphan bytes when the record is not saved
            throw;
        }
        return Row(file);
    }

    public async Task<IReadOnlyList<FileRow>> ListAsync(string ownerType, string ownerId, CancellationToken ct)
    {
        var owner = Owner(ownerType);
        if (owner == null || !await owner.CanReadAsync(ownerId, ctx, ct)) return [];
        return await db.Set<StoredFile>().AsNoTracking().Where(f => f.OwnerType == ownerType && f.OwnerId == ownerId)
            .OrderBy(f => f.UploadedAt).ThenBy(f => f.Id)
            .Select(f => new FileRow(f.Id, f.OwnerType, f.OwnerId, f.FileName, f.ContentType, f.Size, f.UploadedAt))
            .ToListAsync(ct);
    }

    /// <summary>Not found, rather than forbidden, when the reader may not see the owner: it does not confirm the file exists.</summary>
    public async Task<Result<FileDownload>> OpenAsync(Guid id, CancellationToken ct)
    {
        var file = await db.Set<StoredFile>().AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct);
        if (file == null) return new NotFound("附件不存在，或您无权查看。");
        var owner = Owner(file.OwnerType);
        if (owner == null || !await owner.CanReadAsync(file.OwnerId, ctx, ct)) return new NotFound("附件不存在，或您无权查看。");
        var stream = await storage.OpenReadAsync(file.StorageKey, ct);
        if (stream == null) return new NotFound("附件文件已丢失，请联系管理员。");
        return new FileDownload(stream, file.FileName, file.ContentType);
    }

    Invalid TooLarge() => new($"文件过大：不能超过 {Size(MaxBytes)}。");

    public static FileRow Row(StoredFile f) => new(f.Id, f.OwnerType, f.OwnerId, f.FileName, f.ContentType, f.Size, f.UploadedAt);

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / 1024.0 / 1024.0:0.#} MB",
    };
}

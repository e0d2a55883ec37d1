using Xieshang.Platform.Tenancy;

namespace Xieshang.Platform.Files;

/// <summary>
/// A kind of record that has attachments. The module that owns the record says who may attach to it and who may
/// read its files; a file whose owner type nobody registered cannot be uploaded or read.
/// </summary>
public interface IFileOwner
{
    string OwnerType { get; }
    IReadOnlyList<FileType> Accepts { get; }
    Task<bool> CanAttachAsync(string ownerId, RequestContext ctx, CancellationToken ct);
    Task<bool> CanReadAsync(string ownerId, RequestContext ctx, CancellationToken ct);
}

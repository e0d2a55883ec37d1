using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;
using Xieshang.Platform.Files;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Organization;

/// <summary>The signed text of a rule (制度) as a file: those who maintain the structure attach it, all who read it may open it.</summary>
public sealed class InstitutionFiles(XieshangDb db) : IFileOwner
{
    public const string Type = "institution";
    public string OwnerType => Type;
    public IReadOnlyList<FileType> Accepts => FileTypes.Documents;

    public async Task<bool> CanAttachAsync(string ownerId, RequestContext ctx, CancellationToken ct) =>
        ctx.Has(OrganizationPermissions.Manage) && await ExistsAsync(ownerId, ct);

    public async Task<bool> CanReadAsync(string ownerId, RequestContext ctx, CancellationToken ct) =>
        ctx.Has(OrganizationPermissions.Read) && await ExistsAsync(ownerId, ct);

    // The tenant filter makes another committee's rule "not there".
    async Task<bool> ExistsAsync(string ownerId, CancellationToken ct) =>
        Guid.TryParse(ownerId, out var id) && await db.Set<Institution>().AnyAsync(i => i.Id == id, ct);
}

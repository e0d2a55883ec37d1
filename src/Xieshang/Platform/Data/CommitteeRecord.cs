using Xieshang.Platform.Tenancy;

namespace Xieshang.Platform.Data;

/// <summary>The usual shape of a record people maintain: its id, its committee and an edit version.</summary>
public abstract class CommitteeRecord : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CommitteeId { get; set; }
    public int Version { get; set; }
}

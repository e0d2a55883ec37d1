using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Organization;

// The committee's standing structure (domain.md §1.2, §1.3, §2.2). Names and order are what staff maintain;
// every record belongs to one committee.

public enum TownshipKind { Town, Subdistrict }
public enum VillageKind { Village, Community, NewRuralCommunity }
public enum BranchHost { SpecialCommittee, WorkGroup }

/// <summary>履职界别: one of the working sectors the electoral sectors are regrouped into.</summary>
public sealed class DutySector : CommitteeRecord
{
    public required string Name { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>界别: the sector a member was appointed from; many belong to one duty sector.</summary>
public sealed class Sector : CommitteeRecord
{
    public required string Name { get; set; }
    public Guid DutySectorId { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>界别议事厅: one per duty sector.</summary>
public sealed class Hall : CommitteeRecord
{
    public required string Name { get; set; }
    public Guid DutySectorId { get; set; }
    public string? Address { get; set; }
}

/// <summary>委员联系界别群众工作室: under a hall.</summary>
public sealed class Studio : CommitteeRecord
{
    public required string Name { get; set; }
    public Guid HallId { get; set; }
    public string? Address { get; set; }
}

/// <summary>镇（街道）.</summary>
public sealed class Township : CommitteeRecord
{
    public required string Name { get; set; }
    public TownshipKind Kind { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>委员工作组: covers one township.</summary>
public sealed class WorkGroup : CommitteeRecord
{
    public required string Name { get; set; }
    public Guid TownshipId { get; set; }
}

/// <summary>履职小组: part of a work group; covers some villages.</summary>
public sealed class DutyGroup : CommitteeRecord
{
    public required string Name { get; set; }
    public Guid WorkGroupId { get; set; }
}

/// <summary>村（社区）: in one township, covered by exactly one duty group (a single required reference).</summary>
public sealed class Village : CommitteeRecord
{
    public required string Name { get; set; }
    public VillageKind Kind { get; set; }
    public Guid TownshipId { get; set; }
    public Guid DutyGroupId { get; set; }
}

/// <summary>专门委员会.</summary>
public sealed class SpecialCommittee : CommitteeRecord
{
    public required string Name { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>委员履职临时党支部: hosted by a special committee or a work group.</summary>
public sealed class PartyBranch : CommitteeRecord
{
    public required string Name { get; set; }
    public BranchHost HostKind { get; set; }
    public Guid HostId { get; set; }
}

/// <summary>制度: a rule of the committee, with the workflows it governs (制度化 made visible).</summary>
public sealed class Institution : CommitteeRecord
{
    public required string Title { get; set; }
    public DateOnly AdoptedOn { get; set; }
    public required string AdoptedBy { get; set; }
    public string Text { get; set; } = "";
    /// <summary>Names of the workflows it governs, comma-separated (e.g. "proposal,opinion").</summary>
    public string Governs { get; set; } = "";
}

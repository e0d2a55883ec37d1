namespace Xieshang.Platform.Tenancy;

/// <summary>
/// A business record of one committee. XieshangDb filters every query by the current committee and
/// the save interceptor stamps new records and refuses writes into another committee, so handlers never repeat it.
/// Cross-committee flows go through explicit referral records, never by switching the filter off.
/// </summary>
public interface ITenantOwned
{
    Guid CommitteeId { get; set; }
}

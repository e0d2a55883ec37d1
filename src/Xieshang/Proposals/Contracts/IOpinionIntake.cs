using Xieshang.Platform.Data;

namespace Xieshang.Proposals.Contracts;

/// <summary>
/// A proposal not filed that its proposers let go on as 社情民意 (转社情民意): what the taking module needs of it.
/// The confirmed signers come in their order on the proposal (first proposer first).
/// </summary>
public sealed record ConvertedProposal(Guid Id, string Title, string Text, Guid OwnerUserId, string? CollectiveOrg, string Category,
    IReadOnlyList<Guid> ConfirmedSigners);

/// <summary>
/// The 社情民意 side of a conversion, implemented by the Opinions module so that Proposals does not depend on it
/// (Opinions uses Proposals, not the other way round). Called inside the proposal's decision, saved with it.
/// </summary>
public interface IOpinionIntake
{
    /// <summary>Adds the item to the screening queue (not saved yet) and returns its serial number.</summary>
    Task<int> TakeAsync(XieshangDb db, ConvertedProposal proposal, DateTime now, CancellationToken ct);

    /// <summary>The item a converted proposal became, for the link on the proposal's page.</summary>
    Task<Guid?> ItemOfAsync(XieshangDb db, Guid proposalId, CancellationToken ct);
}

using System.Linq.Expressions;
using Xieshang.Platform.Workflow;
using static Xieshang.Proposals.SignState;

namespace Xieshang.Proposals;

/// <summary>
/// A co-signer's answer to a joint proposal's request (联名), as one table: invited, then confirmed or declined, once.
/// The first proposer is on the proposal by writing it (<see cref="Author"/>). What handlers need to know of a signer's
/// state is asked here too.
/// </summary>
public static class CosignFlow
{
    public static readonly Workflow<ProposalSigner, SignState> Flow = new("proposal-cosign", "提案联名", Invited,
        new Dictionary<SignState, string> { [Invited] = "待确认", [Confirmed] = "已确认", [Declined] = "已谢绝" },
        [
            new(Invited, "confirm", "确认联名", Confirmed, ProposalPermissions.Submit),
            new(Invited, "decline", "谢绝联名", Declined, ProposalPermissions.Submit),
        ]);

    /// <summary>The state of the first proposer's own line: they need not confirm what they wrote.</summary>
    public const SignState Author = Confirmed;

    /// <summary>On the proposal: the first proposer and every co-signer who confirmed (a query's filter).</summary>
    public static readonly Expression<Func<ProposalSigner, bool>> OnTheProposal = s => s.State == Confirmed;

    public static bool IsOnTheProposal(ProposalSigner s) => s.State == Confirmed;

    /// <summary>Still to answer the request.</summary>
    public static bool IsAwaited(ProposalSigner s) => s.State == Invited;
}

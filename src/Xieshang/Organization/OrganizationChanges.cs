using Microsoft.Extensions.Caching.Memory;
using Xieshang.Platform;

namespace Xieshang.Organization;

/// <summary>
/// The organization's side of <see cref="CommitteeChanges"/>: after any change to the structure, the roster or a
/// login, the structure map, directory choices, counts, rows and member cards are forgotten on every node.
/// </summary>
public sealed class OrganizationChanges(CommitteeChanges changes)
{
    public const string Topic = "organization";

    public Task ChangedAsync(Guid committeeId) => changes.ChangedAsync(Topic, committeeId);

    /// <summary>Drops what this node keeps of a committee's organization when <see cref="CommitteeChanges"/> says so.</summary>
    public sealed class Listener(IMemoryCache cache) : IChangeListener
    {
        public string Topic => OrganizationChanges.Topic;
        public void Forget(Guid committeeId) => SearchMembers.ForgetChoices(cache, committeeId);
    }
}

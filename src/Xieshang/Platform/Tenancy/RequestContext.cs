namespace Xieshang.Platform.Tenancy;

/// <summary>
/// Who acts, in which committee, with which permissions — resolved once per request (or job run) and bound
/// to the pooled database context. Empty for anonymous visitors: they see no committee's records.
/// </summary>
public sealed class RequestContext
{
    public Guid? UserId { get; private set; }
    public string? UserName { get; private set; }
    public Guid? CommitteeId { get; private set; }
    public string? CommitteeName { get; private set; }
    public IReadOnlySet<string> Permissions { get; private set; } = new HashSet<string>();
    public IReadOnlySet<Auth.Role> Roles { get; private set; } = new HashSet<Auth.Role>();
    public string? IpAddress { get; set; }
    /// <summary>The committees the user may switch to (for the header), resolved with the access.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Committees { get; set; } = [];

    public bool IsAuthenticated => UserId != null;

    public bool Has(Auth.Permission permission) => Permissions.Contains(permission.Name);

    public void SetUser(Guid userId, string userName)
    {
        UserId = userId;
        UserName = userName;
    }

    public void SetCommittee(Guid committeeId, string committeeName, IReadOnlySet<Auth.Role> roles, IReadOnlySet<string> permissions)
    {
        CommitteeId = committeeId;
        CommitteeName = committeeName;
        Roles = roles;
        Permissions = permissions;
    }

    /// <summary>For background jobs that act for the platform inside one committee.</summary>
    public static RequestContext System(Guid committeeId, string committeeName)
    {
        var ctx = new RequestContext { UserName = "系统" };
        ctx.CommitteeId = committeeId;
        ctx.CommitteeName = committeeName;
        return ctx;
    }
}

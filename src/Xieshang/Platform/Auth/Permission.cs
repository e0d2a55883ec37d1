namespace Xieshang.Platform.Auth;

/// <summary>
/// A permission a module declares, with the role stereotypes it is granted to when a committee is created.
/// Grants live in the database (<see cref="RolePermission"/>) so that a committee can change them.
/// </summary>
public sealed record Permission(string Name, string Label, params Role[] DefaultRoles)
{
    public const string PolicyPrefix = "perm:";
    public string Policy => PolicyPrefix + Name;
    public override string ToString() => Name;
}

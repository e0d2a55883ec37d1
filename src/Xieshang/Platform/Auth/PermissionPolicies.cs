using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Platform.Auth;

public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

/// <summary>One policy per permission, made on demand from its name ("perm:platform.audit.read").</summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(Permission.PolicyPrefix, StringComparison.Ordinal))
            return await base.GetPolicyAsync(policyName);
        return new AuthorizationPolicyBuilder(AuthSetup.Schemes)
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(policyName[Permission.PolicyPrefix.Length..]))
            .Build();
    }
}

/// <summary>Checks the permission against the current committee's grants, resolved once per request.</summary>
public sealed class PermissionHandler(RequestContext request) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (request.Permissions.Contains(requirement.Permission)) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

public static class PermissionEndpointExtensions
{
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, Permission permission)
        where TBuilder : IEndpointConventionBuilder => builder.RequireAuthorization(permission.Policy);
}

/// <summary>For pages: <c>@attribute [RequirePermission("platform.audit.read")]</c>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(string permission) : AuthorizeAttribute(Permission.PolicyPrefix + permission);

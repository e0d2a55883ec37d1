using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xieshang.Platform;
using Xieshang.Platform.Auth;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Architecture;

/// <summary>Every route and page declares a permission or explicit anonymous access; nothing rides on the fallback.</summary>
public sealed class EndpointPermissionTests(TestApp app)
{
    IReadOnlyList<RouteEndpoint> Endpoints()
    {
        _ = app.Services; // starts the host so that every module has mapped its endpoints
        return app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
    }

    [Fact]
    public void EveryEndpoint_DeclaresAPermissionOrAnonymous()
    {
        var endpoints = Endpoints();
        Assert.True(endpoints.Count > 10, "endpoints were not enumerated");
        var undeclared = endpoints
            .Where(e => !IsStaticAssetsDevelopmentFallback(e))
            .Where(e => !e.Metadata.OfType<IAllowAnonymous>().Any()
                        && !e.Metadata.OfType<IAuthorizeData>().Any(a => a.Policy?.StartsWith(Permission.PolicyPrefix) == true))
            .Select(e => $"{e.RoutePattern.RawText} ({e.DisplayName})")
            .ToList();
        Assert.Empty(undeclared);
    }

    // MapStaticAssets adds this fallback for un-fingerprinted files when running from a build (not a publish).
    // It declares nothing, so the fallback policy applies to it: only signed-in users get such files.
    static bool IsStaticAssetsDevelopmentFallback(RouteEndpoint e) =>
        e.RoutePattern.RawText == "{**path:file}" && e.Metadata.Any(m => m.GetType().Name == "FallbackMetadata");

    [Fact]
    public void EveryPermissionPolicy_NamesADeclaredPermission()
    {
        var declared = Modules.AllPermissions.Select(p => p.Name).ToHashSet();
        var unknown = Endpoints().SelectMany(e => e.Metadata.OfType<IAuthorizeData>())
            .Select(a => a.Policy).OfType<string>()
            .Where(p => p.StartsWith(Permission.PolicyPrefix))
            .Select(p => p[Permission.PolicyPrefix.Length..])
            .Where(p => !declared.Contains(p)).Distinct().ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void PermissionNames_AreUnique()
    {
        var names = Modules.AllPermissions.Select(p => p.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }
}

using Xieshang.Platform;
using Xieshang.Platform.Auth;

namespace Xieshang.Organization;

/// <summary>组织架构: sectors and duty sectors with halls and studios; work groups, duty groups and the villages they cover;
/// special committees, party branches and the institutions library. Members and their groupings come next.</summary>
public sealed class OrganizationModule : IModule
{
    public IEnumerable<Permission> Permissions => OrganizationPermissions.All;

    public IEnumerable<MenuItem> Menu =>
    [
        new("组织架构", "架构概览", "/organization", OrganizationPermissions.Read, 100),
        new("组织架构", "工作组与村居", "/organization/territory", OrganizationPermissions.Read, 101),
        new("组织架构", "界别与议事厅", "/organization/sectors", OrganizationPermissions.Read, 102),
        new("组织架构", "党支部与制度", "/organization/branches", OrganizationPermissions.Read, 103),
    ];

    public IEnumerable<Platform.Workflow.IWorkflowDefinition> Workflows => [];

    public void AddServices(IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        services.AddScoped<GetOrganizationSummary>();
        services.AddScoped<ListStructure>();
    }

    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/organization").WithTags("组织架构").RequirePermission(OrganizationPermissions.Read);
        api.MapGet("/summary", (GetOrganizationSummary q, CancellationToken ct) => q.HandleAsync(ct))
            .WithName("OrganizationSummary").WithSummary("本政协组织架构的数量（界别、履职界别、议事厅、工作室、工作组、履职小组、镇街、村居、支部、制度、专委会）");
        api.MapGet("/territory", (ListStructure q, CancellationToken ct) => q.TerritoryAsync(ct))
            .WithName("OrganizationTerritory").WithSummary("委员工作组 → 履职小组 → 村（社区）");
        api.MapGet("/sectors", (ListStructure q, CancellationToken ct) => q.SectorsAsync(ct))
            .WithName("OrganizationSectors").WithSummary("履职界别 → 界别、议事厅、工作室");
        api.MapGet("/branches", (ListStructure q, CancellationToken ct) => q.BranchesAsync(ct))
            .WithName("OrganizationBranches").WithSummary("委员履职临时党支部");
        api.MapGet("/institutions", (ListStructure q, CancellationToken ct) => q.InstitutionsAsync(ct))
            .WithName("OrganizationInstitutions").WithSummary("制度库");
    }
}

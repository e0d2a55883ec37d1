using Xieshang.Platform.Auth;

namespace Xieshang.Platform;

/// <summary>A menu entry; shown only to users holding its permission in the current committee.</summary>
public sealed record MenuItem(string Group, string Label, string Href, Permission Permission, int Order = 0);

/// <summary>
/// A module is one folder: it registers its services, maps its endpoints, declares its permissions (with default
/// grants) and its menu. Program.cs lists the modules; nothing else needs to know them.
/// </summary>
public interface IModule
{
    IEnumerable<Permission> Permissions { get; }
    IEnumerable<MenuItem> Menu { get; }
    /// <summary>The module's workflows (one transition table each), shown on the help page.</summary>
    IEnumerable<Workflow.IWorkflowDefinition> Workflows { get; }
    void AddServices(IServiceCollection services, IConfiguration config, IHostEnvironment env);
    void Map(IEndpointRouteBuilder app);
}

public static class Modules
{
    public static IReadOnlyList<IModule> All { get; } = [new PlatformModule(), new Organization.OrganizationModule(), new Meetings.MeetingsModule(), new Grassroots.GrassrootsModule(), new Liaison.LiaisonModule(), new Proposals.ProposalsModule(), new Opinions.OpinionsModule(), new Instructions.InstructionsModule(), new Plans.PlansModule()];

    public static IEnumerable<Permission> AllPermissions => All.SelectMany(m => m.Permissions);
    public static IEnumerable<Workflow.IWorkflowDefinition> AllWorkflows => All.SelectMany(m => m.Workflows);
    public static IEnumerable<MenuItem> AllMenu => All.SelectMany(m => m.Menu).OrderBy(m => m.Order);
}

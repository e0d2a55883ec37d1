using Microsoft.AspNetCore.Http.HttpResults;
using Xieshang.Platform;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Results;

namespace Xieshang.Organization;

/// <summary>组织架构: sectors and duty sectors with halls and studios; work groups, duty groups and the villages they cover;
/// special committees, party branches and the institutions library. Members and their groupings come next.</summary>
public sealed record GrantLoginsRequest(IReadOnlyList<Guid> MembershipIds);

public sealed record EndSeatRequest(MembershipStatus Status);

public sealed record UnitAccountInput(string? UserName);

public sealed class OrganizationModule : IModule
{
    public IEnumerable<Permission> Permissions => OrganizationPermissions.All;

    public IEnumerable<MenuItem> Menu =>
    [
        new("工作台", "我的小组", "/me/groups", OrganizationPermissions.MyGroups, 2),
        new("组织架构", "架构概览", "/organization", OrganizationPermissions.Read, 100),
        new("组织架构", "委员名录", "/organization/members", OrganizationPermissions.Read, 100),
        new("组织架构", "工作组与村居", "/organization/territory", OrganizationPermissions.Read, 101),
        new("组织架构", "界别与议事厅", "/organization/sectors", OrganizationPermissions.Read, 102),
        new("组织架构", "党支部与制度", "/organization/branches", OrganizationPermissions.Read, 103),
        new("组织架构", "队伍与单位", "/organization/teams", OrganizationPermissions.Read, 104),
    ];

    public IEnumerable<Platform.Workflow.IWorkflowDefinition> Workflows => [];

    public void AddServices(IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        services.AddScoped<GetOrganizationSummary>();
        services.AddScoped<ListStructure>();
        services.AddScoped<SearchMembers>();
        services.AddScoped<GetMemberProfile>();
        services.AddScoped<GetMyGroups>();
        services.AddScoped<MemberAccounts>();
        services.AddScoped<ExportMembers>();
        services.AddScoped<MemberWrites>();
        services.AddScoped<SaveMember>();
        services.AddScoped<EditStructure>();
        services.AddSingleton<OrganizationChanges>();
        services.AddSingleton<Platform.IChangeListener, OrganizationChanges.Listener>();
        services.AddScoped<TeamRoster>();
        services.AddScoped<GovUnits>();
        services.AddScoped<UnitAccounts>();
        services.AddScoped<SaveInstitution>();
        services.AddScoped<Platform.Files.IFileOwner, InstitutionFiles>();
        services.AddScoped<Import.RosterImports>();
        services.AddScoped<Import.RosterImportRun>();
        services.AddSingleton<Import.RosterImportWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<Import.RosterImportWorker>());
    }

    static async Task<FileContentHttpResult> ExportAsync(ExportMembers export, string? search, Guid? sector, Guid? dutySector,
        Guid? specialCommittee, Guid? workGroup, Guid? dutyGroup, string? party, bool? standing, CancellationToken ct)
    {
        var (content, fileName) = await export.HandleAsync(
            new MemberQuery(search, sector, dutySector, specialCommittee, workGroup, dutyGroup, party, standing), ct);
        return TypedResults.File(content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName);
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
        api.MapGet("/members", (SearchMembers q, string? search, Guid? sector, Guid? dutySector, Guid? specialCommittee, Guid? workGroup,
                Guid? dutyGroup, string? party, bool? standing, int? page, CancellationToken ct) =>
                q.HandleAsync(new MemberQuery(search, sector, dutySector, specialCommittee, workGroup, dutyGroup, party, standing, page ?? 1, 50), ct))
            .WithName("SearchMembers").WithSummary("委员名录（可按姓名、界别、履职界别、专委会、工作组、履职小组、政治面貌、常委筛选）");
        api.MapGet("/members/export", ExportAsync)
            .WithName("ExportMembers").WithSummary("导出委员名录（与名录相同的筛选条件）为 Excel");
        // The directory page's "导出 Excel" link: same handler, cookie sign-in.
        app.MapGet("/organization/members/export", ExportAsync).RequirePermission(OrganizationPermissions.Read).ExcludeFromDescription();
        api.MapGet("/members/{id:guid}", async Task<Results<Ok<MemberProfile>, ProblemHttpResult>> (Guid id, GetMemberProfile q, CancellationToken ct) =>
                await q.HandleAsync(id, ct) is { } profile ? TypedResults.Ok(profile) : new Platform.Results.NotFound("委员不存在，或不在本政协。").ToProblem())
            .WithName("GetMember").WithSummary("委员档案：基本情况与所属组织");
        api.MapGet("/me", async Task<Results<Ok<MyGroups>, ProblemHttpResult>> (GetMyGroups q, CancellationToken ct) =>
                await q.HandleAsync(ct) is { } mine ? TypedResults.Ok(mine) : new Platform.Results.NotFound("您在本政协没有委员席位。").ToProblem())
            .RequirePermission(OrganizationPermissions.MyGroups)
            .WithName("MyGroups").WithSummary("我的小组：本人席位、所属组织、同组与同界别委员");
        api.MapPost("/members/logins", (GrantLoginsRequest request, MemberAccounts accounts, CancellationToken ct) =>
                accounts.GrantLoginsAsync(request.MembershipIds, ct))
            .RequirePermission(OrganizationPermissions.Manage)
            .WithName("GrantMemberLogins").WithSummary("为一名或多名委员开通以手机号登录的账号，返回首次密码（仅此一次）");
        api.MapPost("/members/{id:guid}/end", async (Guid id, EndSeatRequest request, MemberAccounts accounts, CancellationToken ct) =>
                (await accounts.EndSeatAsync(id, request.Status, ct)).NoContentOrProblem())
            .RequirePermission(OrganizationPermissions.Manage)
            .WithName("EndMemberSeat").WithSummary("委员离任（辞去或撤销）：停用其委员角色，保留档案与记录");
        var manage = api.MapGroup("").RequirePermission(OrganizationPermissions.Manage);
        manage.MapPost("/members", async (MemberInput input, SaveMember save, CancellationToken ct) =>
                (await save.CreateAsync(input, ct)).CreatedOrProblem("/api/v1/organization/members/{id}"))
            .WithName("CreateMember").WithSummary("新增委员（人员与席位）");
        manage.MapGet("/members/{id:guid}/input", async Task<Results<Ok<MemberInput>, ProblemHttpResult>> (Guid id, SaveMember save, CancellationToken ct) =>
                await save.LoadAsync(id, ct) is { } input ? TypedResults.Ok(input) : new Platform.Results.NotFound("委员不存在，或不在本政协。").ToProblem())
            .WithName("GetMemberInput").WithSummary("修改委员时的当前内容（含版本号，提交修改时带回）");
        manage.MapPut("/members/{id:guid}", async (Guid id, MemberInput input, SaveMember save, CancellationToken ct) =>
                (await save.UpdateAsync(id, input, ct)).NoContentOrProblem())
            .WithName("UpdateMember").WithSummary("修改委员信息；界别、履职小组、专委会的变动记入调整记录");
        manage.MapPost("/members/{id:guid}/reinstate", async (Guid id, MemberAccounts accounts, CancellationToken ct) =>
                (await accounts.ReinstateAsync(id, ct)).NoContentOrProblem())
            .WithName("ReinstateMember").WithSummary("恢复委员资格（撤回误办的离任）");
        api.MapGet("/structure/kinds", () => EditStructure.Kinds).WithName("StructureKinds").WithSummary("可维护的组织架构类别及其上级");
        api.MapGet("/structure/{kind}/{id:guid}", async Task<Results<Ok<StructureRecord>, ProblemHttpResult>> (string kind, Guid id, EditStructure edit, CancellationToken ct) =>
                await edit.LoadAsync(kind, id, ct) is { } r ? TypedResults.Ok(r) : new Platform.Results.NotFound("记录不存在，或不属于本政协。").ToProblem())
            .WithName("GetStructureRecord").WithSummary("一条组织架构记录（名称、上级、类型、版本号）");
        manage.MapPost("/structure/{kind}", async (string kind, StructureInput input, EditStructure edit, CancellationToken ct) =>
                (await edit.SaveAsync(kind, null, input, ct)).CreatedOrProblem($"/api/v1/organization/structure/{kind}/{{id}}"))
            .WithName("CreateStructureRecord").WithSummary("新增组织架构记录（kind：duty-sectors、sectors、halls、studios、townships、work-groups、duty-groups、villages、special-committees、party-branches）");
        manage.MapPut("/structure/{kind}/{id:guid}", async (string kind, Guid id, StructureInput input, EditStructure edit, CancellationToken ct) =>
                (await edit.SaveAsync(kind, id, input, ct)).NoContentOrProblem())
            .WithName("ChangeStructureRecord").WithSummary("修改组织架构记录：改名、移至其他上级（如村移至其他履职小组）、改类型");
        api.MapGet("/teams", (TeamRoster teams, CancellationToken ct) => teams.ListAsync(ct))
            .WithName("ListTeams").WithSummary("队伍（信息员、文史、专家咨询委员会）及其人员（可含非委员）");
        manage.MapPost("/teams/{id:guid}/members", async (Guid id, TeamMemberInput input, TeamRoster teams, CancellationToken ct) =>
                (await teams.AddAsync(id, input, ct)).CreatedOrProblem($"/api/v1/organization/teams/{id}/members/{{id}}"))
            .WithName("AddTeamMember").WithSummary("把一位委员（membershipId）或非委员（name、employer）加入队伍");
        manage.MapDelete("/teams/{id:guid}/members/{entryId:guid}", async (Guid id, Guid entryId, TeamRoster teams, CancellationToken ct) =>
                (await teams.RemoveAsync(id, entryId, ct)).NoContentOrProblem())
            .WithName("RemoveTeamMember").WithSummary("把人员移出队伍");
        api.MapGet("/units", (GovUnits units, bool? handlingUnits, CancellationToken ct) => units.ListAsync(handlingUnits ?? false, ct))
            .WithName("ListGovUnits").WithSummary("党政机关与承办单位及其领导（handlingUnits=true 只列承办单位）");
        manage.MapPost("/units", async (GovOrgInput input, GovUnits units, CancellationToken ct) =>
                (await units.SaveAsync(null, input, ct)).CreatedOrProblem("/api/v1/organization/units/{id}"))
            .WithName("CreateGovUnit").WithSummary("新增单位");
        manage.MapPut("/units/{id:guid}", async (Guid id, GovOrgInput input, GovUnits units, CancellationToken ct) =>
                (await units.SaveAsync(id, input, ct)).NoContentOrProblem())
            .WithName("ChangeGovUnit").WithSummary("修改单位");
        manage.MapGet("/units/{id:guid}/users", (Guid id, UnitAccounts accounts, CancellationToken ct) => accounts.ListAsync(id, ct))
            .WithName("ListUnitAccounts").WithSummary("承办单位的经办账号");
        manage.MapPost("/units/{id:guid}/users", async (Guid id, UnitAccountInput input, UnitAccounts accounts, CancellationToken ct) =>
                (await accounts.LinkAsync(id, input.UserName, ct)).CreatedOrProblem($"/api/v1/organization/units/{id}/users"))
            .WithName("LinkUnitAccount").WithSummary("设定承办单位的经办账号（userName），该账号即可在“承办单位”页面办理交办给本单位的提案");
        manage.MapDelete("/units/{id:guid}/users/{userId:guid}", async (Guid id, Guid userId, UnitAccounts accounts, CancellationToken ct) =>
                (await accounts.UnlinkAsync(id, userId, ct)).NoContentOrProblem())
            .WithName("UnlinkUnitAccount").WithSummary("取消经办账号");
        manage.MapPost("/units/{id:guid}/leaders", async (Guid id, LeaderInput input, GovUnits units, CancellationToken ct) =>
                (await units.AddLeaderAsync(id, input, ct)).CreatedOrProblem($"/api/v1/organization/units/{id}/leaders/{{id}}"))
            .WithName("AddGovLeader").WithSummary("新增单位领导");
        manage.MapDelete("/units/{id:guid}/leaders/{leaderId:guid}", async (Guid id, Guid leaderId, GovUnits units, CancellationToken ct) =>
                (await units.RemoveLeaderAsync(id, leaderId, ct)).NoContentOrProblem())
            .WithName("RemoveGovLeader").WithSummary("移除单位领导");
        api.MapGet("/institutions/{id:guid}", async Task<Results<Ok<Institution>, ProblemHttpResult>> (Guid id, ListStructure q, CancellationToken ct) =>
                await q.InstitutionAsync(id, ct) is { } rule ? TypedResults.Ok(rule) : new Platform.Results.NotFound("制度不存在，或不属于本政协。").ToProblem())
            .WithName("GetInstitution").WithSummary("一项制度：标题、通过日期与机构、正文、适用流程（附件见 /api/v1/files?ownerType=institution）");
        manage.MapPost("/institutions", async (InstitutionInput input, SaveInstitution save, CancellationToken ct) =>
                (await save.HandleAsync(null, input, ct)).CreatedOrProblem("/api/v1/organization/institutions/{id}"))
            .WithName("CreateInstitution").WithSummary("新增制度（标题、通过日期、通过机构、正文、适用流程）");
        manage.MapPut("/institutions/{id:guid}", async (Guid id, InstitutionInput input, SaveInstitution save, CancellationToken ct) =>
                (await save.HandleAsync(id, input, ct)).NoContentOrProblem())
            .WithName("ChangeInstitution").WithSummary("修改制度");
        manage.MapDelete("/structure/{kind}/{id:guid}", async (string kind, Guid id, EditStructure edit, CancellationToken ct) =>
                (await edit.DeleteAsync(kind, id, ct)).NoContentOrProblem())
            .WithName("DeleteStructureRecord").WithSummary("删除组织架构记录（仅当已无下级、委员或依托关系时）");
        const string xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        static async Task<FileContentHttpResult> TemplateAsync(Import.RosterImports imports, CancellationToken ct) =>
            TypedResults.File(await imports.TemplateAsync(ct), xlsx, "委员名册导入模板.xlsx");
        manage.MapGet("/members/import/template", TemplateAsync).WithName("RosterTemplate").WithSummary("下载委员名册导入模板（.xlsx，中文列名）");
        app.MapGet("/organization/members/import/template", TemplateAsync).RequirePermission(OrganizationPermissions.Manage).ExcludeFromDescription();
        manage.MapPost("/members/import", async Task<Results<Accepted<IdResponse>, ProblemHttpResult>> (IFormFile? file, Import.RosterImports imports, CancellationToken ct) =>
            {
                if (file == null) return new Invalid("请用 multipart 表单的 file 字段上传 .xlsx 名册。").ToProblem();
                await using var stream = file.OpenReadStream();
                var r = await imports.UploadAsync(file.FileName, stream, ct);
                return r.Ok ? TypedResults.Accepted($"/api/v1/organization/members/import/{r.Value}", new IdResponse(r.Value)) : r.Error!.ToProblem();
            })
            // API clients send a token, not a cookie, so there is no cross-site form to guard against here.
            .DisableAntiforgery()
            .WithName("UploadRoster").WithSummary("上传委员名册（multipart：file）；随即在后台检查，返回导入记录 id");
        manage.MapGet("/members/import", (Import.RosterImports imports, CancellationToken ct) => imports.RecentAsync(ct))
            .WithName("ListRosterImports").WithSummary("最近的名册导入");
        manage.MapGet("/members/import/{id:guid}", async Task<Results<Ok<Import.RosterImportView>, ProblemHttpResult>> (Guid id, Import.RosterImports imports, CancellationToken ct) =>
                await imports.GetAsync(id, ct) is { } view ? TypedResults.Ok(view) : new Platform.Results.NotFound("导入记录不存在。").ToProblem())
            .WithName("GetRosterImport").WithSummary("名册导入的进度、检查报告（逐行逐列）与结果");
        manage.MapPost("/members/import/{id:guid}/confirm", async (Guid id, Import.RosterImports imports, CancellationToken ct) =>
                (await imports.ConfirmAsync(id, ct)).NoContentOrProblem())
            .WithName("ConfirmRosterImport").WithSummary("确认导入检查通过的名册：全部写入，或一条也不写");
        // The import page's upload form: antiforgery-checked, then on to the import's own page.
        app.MapPost("/organization/members/import/upload", async (IFormFile? file, Import.RosterImports imports, HttpContext http, CancellationToken ct) =>
            {
                if (file == null) { Web.Flash.Set(http, "请选择要导入的 .xlsx 名册。", Web.FlashKind.Error); return TypedResults.LocalRedirect("/organization/members/import"); }
                await using var stream = file.OpenReadStream();
                var r = await imports.UploadAsync(file.FileName, stream, ct);
                if (!r.Ok) { Web.Flash.Set(http, r.Error!.Message, Web.FlashKind.Error); return TypedResults.LocalRedirect("/organization/members/import"); }
                return TypedResults.LocalRedirect($"/organization/members/import/{r.Value}");
            })
            .RequirePermission(OrganizationPermissions.Manage).ExcludeFromDescription();
        api.MapGet("/institutions", (ListStructure q, CancellationToken ct) => q.InstitutionsAsync(ct))
            .WithName("OrganizationInstitutions").WithSummary("制度库");
    }
}

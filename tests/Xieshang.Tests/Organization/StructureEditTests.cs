using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Organization;

/// <summary>Creating, renaming and moving structure records. An app of its own: these tests change the structure.</summary>
public sealed class StructureEditTests : OwnAppTests
{
    const string Api = "/api/v1/organization/structure";

    static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    static async Task<JsonElement> Territory(HttpClient c) => Json(await c.GetStringAsync("/api/v1/organization/territory"));

    static async Task<string> Problem(HttpResponseMessage r) => Json(await r.Content.ReadAsStringAsync()).GetProperty("title").GetString()!;

    [Fact]
    public async Task Village_MovesToAnotherGroupOfItsTownship_AndNowhereElse()
    {
        var staff = await app.ApiAs("staff");
        var territory = await Territory(staff);
        var work = territory[0];
        var (from, to) = (work.GetProperty("dutyGroups")[0], work.GetProperty("dutyGroups")[1]);
        var village = from.GetProperty("villages")[0];
        var villageId = village.GetProperty("id").GetGuid();
        var record = Json(await staff.GetStringAsync($"{Api}/villages/{villageId}"));

        var moved = await staff.PutAsJsonAsync($"{Api}/villages/{villageId}", new
        {
            name = village.GetProperty("name").GetString(), parentId = to.GetProperty("id").GetGuid(), kind = record.GetProperty("subKind").GetString(),
            version = record.GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.NoContent, moved.StatusCode);
        var after = (await Territory(staff))[0].GetProperty("dutyGroups").EnumerateArray().ToList();
        Assert.DoesNotContain(after.Single(g => g.GetProperty("id").GetGuid() == from.GetProperty("id").GetGuid()).GetProperty("villages").EnumerateArray(),
            v => v.GetProperty("id").GetGuid() == villageId);
        Assert.Contains(after.Single(g => g.GetProperty("id").GetGuid() == to.GetProperty("id").GetGuid()).GetProperty("villages").EnumerateArray(),
            v => v.GetProperty("id").GetGuid() == villageId);

        // The form read before the move is stale now.
        var stale = await staff.PutAsJsonAsync($"{Api}/villages/{villageId}", new
        {
            name = "改名村", parentId = from.GetProperty("id").GetGuid(), kind = "Village", version = record.GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var otherTownGroup = territory[1].GetProperty("dutyGroups")[0].GetProperty("id").GetGuid();
        var away = await staff.PutAsJsonAsync($"{Api}/villages/{villageId}", new { name = village.GetProperty("name").GetString(), parentId = otherTownGroup, kind = "Village" });
        Assert.Equal(HttpStatusCode.BadRequest, away.StatusCode);
        Assert.Contains("只能由本镇（街道）的履职小组联系", await Problem(away));
    }

    [Fact]
    public async Task AVillageCannotBePutIntoASecondGroup()
    {
        var staff = await app.ApiAs("staff");
        var work = (await Territory(staff))[0];
        var village = work.GetProperty("dutyGroups")[0].GetProperty("villages")[0].GetProperty("name").GetString();
        var otherGroup = work.GetProperty("dutyGroups")[1];
        var twice = await staff.PostAsJsonAsync($"{Api}/villages", new { name = village, parentId = otherGroup.GetProperty("id").GetGuid(), kind = "Village" });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains($"本镇（街道）已有“{village}”，由{work.GetProperty("dutyGroups")[0].GetProperty("name").GetString()}联系", await Problem(twice));

        var added = await staff.PostAsJsonAsync($"{Api}/villages", new { name = "新设社区", parentId = otherGroup.GetProperty("id").GetGuid(), kind = "Community" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(260, Json(await staff.GetStringAsync("/api/v1/organization/summary")).GetProperty("villages").GetInt32());
    }

    [Fact]
    public async Task ParentsOfAnotherCommittee_AndBrokenStructureRules_AreRefused()
    {
        var staff = await app.ApiAs("staff");
        var qjp = await app.ApiAs("qjp-staff");
        var qjpGroup = (await Territory(qjp))[0].GetProperty("dutyGroups")[0].GetProperty("id").GetGuid();
        var foreign = await staff.PostAsJsonAsync($"{Api}/villages", new { name = "外区村", parentId = qjpGroup, kind = "Village" });
        Assert.Equal("履职小组：所选履职小组不存在，或不属于本政协。", await Problem(foreign));

        var sectors = Json(await staff.GetStringAsync("/api/v1/organization/sectors"));
        var secondHall = await staff.PostAsJsonAsync($"{Api}/halls", new { name = "第二议事厅", parentId = sectors[0].GetProperty("id").GetGuid() });
        Assert.Equal("履职界别：该履职界别已有议事厅，每个履职界别只设一个。", await Problem(secondHall));

        var townships = Json(await staff.GetStringAsync($"{Api}/kinds"));
        Assert.Contains(townships.EnumerateArray(), k => k.GetProperty("code").GetString() == "work-groups");
        var work = (await Territory(staff))[0];
        var workRecord = Json(await staff.GetStringAsync($"{Api}/work-groups/{work.GetProperty("id").GetGuid()}"));
        var secondWorkGroup = await staff.PostAsJsonAsync($"{Api}/work-groups", new { name = "第二工作组", parentId = workRecord.GetProperty("parentId").GetGuid() });
        Assert.StartsWith("镇（街道）：该镇（街道）已由", await Problem(secondWorkGroup));

        var duplicate = await staff.PostAsJsonAsync($"{Api}/duty-groups", new { name = work.GetProperty("dutyGroups")[0].GetProperty("name").GetString(), parentId = work.GetProperty("id").GetGuid() });
        Assert.StartsWith("名称：已有名为", await Problem(duplicate));
        var noName = await staff.PostAsJsonAsync($"{Api}/special-committees", new { name = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostAsJsonAsync($"{Api}/planets", new { name = "x" })).StatusCode);

        var summary = Json(await staff.GetStringAsync("/api/v1/organization/summary"));
        Assert.Equal([25, 16, 16, 13, 60, 259], new[] { "sectors", "dutySectors", "halls", "workGroups", "dutyGroups", "villages" }.Select(k => summary.GetProperty(k).GetInt32()));
    }

    [Fact]
    public async Task ASameNameSavedAMomentEarlier_IsAConflict_NotAnError()
    {
        // Two staff adding the same special committee at once: both pass the name check, the unique index refuses the second.
        await using var scope = await app.ScopeAs("staff");
        var db = scope.ServiceProvider.GetRequiredService<Xieshang.Platform.Data.XieshangDb>();
        var existing = db.Set<Xieshang.Organization.SpecialCommittee>().OrderBy(c => c.SortOrder).First().Name;
        var twin = new Xieshang.Organization.SpecialCommittee { Name = existing };
        db.Add(twin);
        Xieshang.Platform.Audit.AuditExtensions.Audit(db, "organization.structure.add", "新增专委会", twin);
        var error = await Xieshang.Platform.Data.SaveOrConflictExtensions.SaveOrConflictAsync(db);
        Assert.IsType<Xieshang.Platform.Results.Conflict>(error);
        Assert.Equal("同样的记录刚由他人保存，请刷新后查看。", error!.Message);
        Assert.Equal(1, db.Set<Xieshang.Organization.SpecialCommittee>().Count(c => c.Name == existing));
    }

    [Fact]
    public async Task Delete_OnlyWhatNothingHangsOn()
    {
        var staff = await app.ApiAs("staff");
        var group = (await Territory(staff))[0].GetProperty("dutyGroups")[0];
        var groupId = group.GetProperty("id").GetGuid();
        var busy = await staff.DeleteAsync($"{Api}/duty-groups/{groupId}");
        Assert.Equal(HttpStatusCode.Conflict, busy.StatusCode);
        Assert.Equal("该小组还联系着村（社区），请先把它们移到其他小组。", await Problem(busy));

        // A demo village's consultation room has citizens' issues: the grassroots module holds it.
        var raised = group.GetProperty("villages")[0].GetProperty("id").GetGuid();
        Assert.Equal("该地的协商议事室已有群众提议，不能删除；可在议事室页面停用它。", await Problem(await staff.DeleteAsync($"{Api}/villages/{raised}")));
        // A village with an unused room goes, and its room with it.
        var created = await staff.PostAsJsonAsync($"{Api}/villages", new { name = "待撤并村", parentId = groupId, kind = "Village" });
        var village = Json(await created.Content.ReadAsStringAsync()).GetProperty("id").GetGuid();
        Assert.Equal(1, Json(await (await staff.PostAsync("/api/v1/rooms/ensure", null)).Content.ReadAsStringAsync()).GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"{Api}/villages/{village}")).StatusCode);
        Assert.Equal(259, Json(await staff.GetStringAsync("/api/v1/organization/summary")).GetProperty("villages").GetInt32());
        Assert.DoesNotContain(Json(await staff.GetStringAsync("/api/v1/rooms")).EnumerateArray(), r => r.GetProperty("name").GetString() == "待撤并村协商议事室");
        Assert.Equal(HttpStatusCode.NotFound, (await staff.DeleteAsync($"{Api}/villages/{village}")).StatusCode);

        var sectors = Json(await staff.GetStringAsync("/api/v1/organization/sectors"));
        var sector = sectors[0].GetProperty("sectors")[0].GetProperty("id").GetGuid();
        Assert.Equal("还有委员（含已离任委员）属于该界别，不能删除。", await Problem(await staff.DeleteAsync($"{Api}/sectors/{sector}")));

        var qjp = await app.ApiAs("qjp-staff");
        var qjpVillage = (await Territory(qjp))[0].GetProperty("dutyGroups")[0].GetProperty("villages")[0].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await staff.DeleteAsync($"{Api}/villages/{qjpVillage}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAs("member06")).DeleteAsync($"{Api}/villages/{qjpVillage}")).StatusCode);

        // The page asks for a tick, checked on the server too.
        var studio = sectors.EnumerateArray().SelectMany(d => d.GetProperty("studios").EnumerateArray()).First().GetProperty("id").GetGuid();
        var pages = await app.PagesAs("staff");
        var unticked = Html.Parse(await (await TestApp.PostFormAsync(pages, $"/organization/structure/studios/{studio}", "delete", new())).Content.ReadAsStringAsync());
        Assert.Contains("请勾选确认后再删除。", unticked.QuerySelector(".flash-error")!.TextContent);
        // A demo studio has contact objects and liaison records: 一厅一室 holds it. A new one goes.
        var held = Html.Parse(await (await TestApp.PostFormAsync(pages, $"/organization/structure/studios/{studio}", "delete", new() { ["DeleteConfirmed"] = "yes" })).Content.ReadAsStringAsync());
        Assert.Contains("该工作室已有联系对象、联系记录或年度工作内容，不能删除。", held.QuerySelector(".flash-error")!.TextContent);
        var hall = sectors[0].GetProperty("hall").GetProperty("id").GetGuid();
        var fresh = Json(await (await staff.PostAsJsonAsync($"{Api}/studios", new { name = "新设委员工作室", parentId = hall })).Content.ReadAsStringAsync()).GetProperty("id").GetGuid();
        var deleted = await TestApp.PostFormAsync(pages, $"/organization/structure/studios/{fresh}", "delete", new() { ["DeleteConfirmed"] = "yes" });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(24, Json(await staff.GetStringAsync("/api/v1/organization/summary")).GetProperty("studios").GetInt32());
    }

    [Fact]
    public async Task Page_RenamesADutyGroup_AndTheTreeLinksToTheForm()
    {
        var staff = await app.ApiAs("staff");
        var group = (await Territory(staff))[0].GetProperty("dutyGroups")[0];
        var id = group.GetProperty("id").GetGuid();
        var pages = await app.PagesAs("staff");
        var tree = await pages.GetPageAsync("/organization/territory");
        Assert.NotNull(tree.QuerySelector($"a[href='/organization/structure/duty-groups/{id}']"));

        var form = await pages.GetPageAsync($"/organization/structure/duty-groups/{id}");
        var fields = form.QuerySelectorAll("form.panel input[name], form.panel select[name]")
            .ToDictionary(e => e.GetAttribute("name")!, e => e.GetAttribute("value") ?? e.QuerySelector("option[selected]")?.GetAttribute("value") ?? "");
        fields["Input.Name"] = "更名后的履职小组";
        fields.Remove("__RequestVerificationToken");
        fields.Remove("_handler");
        var saved = await TestApp.PostFormAsync(pages, $"/organization/structure/duty-groups/{id}", "structure", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("更名后的履职小组", (await Territory(staff))[0].GetProperty("dutyGroups").GetRawText());

        var member = await app.PagesAs("member06");
        Assert.Null((await member.GetPageAsync("/organization/territory")).QuerySelector("a[href^='/organization/structure/']"));
    }
}

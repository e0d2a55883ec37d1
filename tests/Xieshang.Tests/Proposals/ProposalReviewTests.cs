using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Proposals;
using Xieshang.Tests.Infrastructure;
using static Xieshang.Tests.Infrastructure.ApiResponses;
using static Xieshang.Tests.Proposals.ProposalApi;

namespace Xieshang.Tests.Proposals;

/// <summary>Proposals from the draft to the review decision: co-signing, numbering, the decisions and what they refuse.</summary>
public sealed class ProposalReviewTests : OwnAppTests
{

    static object Draft(string title = "关于加快农村生活污水治理的建议", string? type = null, string? cosigners = null, bool consent = false) => new
    {
        title, situation = "全区仍有部分村庄生活污水直排河道，群众反映强烈。", analysis = "设施建设滞后，运维资金不足。",
        suggestions = "一是分片建设污水处理设施；二是建立长效运维机制；三是纳入考核。", proposerType = type, cosignerNos = cosigners, consentToConvert = consent,
    };

    static IEnumerable<string?> Actions(JsonElement view) => view.GetProperty("workflow").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("action").GetString());

    async Task<Guid> SubmittedAsync(HttpClient member, object draft)
    {
        var id = (await Ok(await member.PostAsJsonAsync(Api, draft), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Ok(await Act(member, id, "submit"));
        return id;
    }

    [Fact]
    public async Task AMember_DraftsAndSubmits_StaffFile_AndTheProposerHearsOfIt()
    {
        var member = await app.ApiAs("member01");
        var created = await Ok(await member.PostAsJsonAsync(Api, new
        {
            title = "关于加快农村生活污水治理的建议", situation = "全区仍有部分村庄生活污水直排河道。", analysis = "设施建设滞后。", suggestions = "分片建设污水处理设施，建立长效运维机制。",
        }), HttpStatusCode.Created);
        Assert.Equal("DRAFT", created.GetProperty("workflow").GetProperty("state").GetString());
        Assert.Contains("submit", Actions(created));
        Assert.Equal("INDIVIDUAL", created.GetProperty("proposerType").GetString());
        var id = created.GetProperty("id").GetGuid();

        var staff = await app.ApiAs("staff");
        // A draft is the proposer's own: not in the office's list, not visible to other members.
        Assert.DoesNotContain(Json(await staff.GetStringAsync($"{Api}?year=2026")).GetProperty("rows").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAs("member06")).GetAsync($"{Api}/{id}")).StatusCode);

        var submitted = await Ok(await Act(member, id, "submit"));
        Assert.Equal("SUBMITTED", submitted.GetProperty("workflow").GetProperty("state").GetString());
        Assert.Equal(1, submitted.GetProperty("serialNo").GetInt32());
        Assert.True(submitted.GetProperty("timing").GetString() is "SESSION" or "INTERSESSION");
        Assert.Contains("withdraw", Actions(submitted));
        Assert.Contains("修改", await Refused(await member.PutAsJsonAsync($"{Api}/{id}", Draft()), HttpStatusCode.Conflict));

        await Ok(await Act(staff, id, "start_review"));
        var filed = await Ok(await Act(staff, id, "file", new { note = "符合立案条件" }));
        Assert.Equal("FILED", filed.GetProperty("workflow").GetProperty("state").GetString());
        Assert.Equal(1, filed.GetProperty("caseNo").GetInt32());
        var inbox = Json(await member.GetStringAsync("/api/v1/inbox"));
        Assert.Contains("已立案", inbox.GetRawText());
        Assert.Contains(Json(await staff.GetStringAsync($"{Api}?year=2026&state=FILED")).GetProperty("rows").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task AJointProposal_WaitsForItsCosigners_AndGoesWithThoseWhoConfirmed()
    {
        var member = await app.ApiAs("member01");
        var draft = await Ok(await member.PostAsJsonAsync(Api, Draft(type: "JOINT", cosigners: "HY0002 HY0003")), HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetGuid();
        Assert.Equal(3, draft.GetProperty("signers").GetArrayLength());
        Assert.Contains("征集联名", await Refused(await Act(member, id, "submit"), HttpStatusCode.Conflict));
        var cosigning = await Ok(await Act(member, id, "invite"));
        Assert.Equal("COSIGNING", cosigning.GetProperty("workflow").GetProperty("state").GetString());
        Assert.NotEqual(JsonValueKind.Null, cosigning.GetProperty("workflow").GetProperty("dueAt").ValueKind);

        var second = await app.ApiAs("member02");
        Assert.True((await Ok(await second.GetAsync($"{Api}/{id}"))).GetProperty("isCosignRequest").GetBoolean());
        await Ok(await second.PostAsJsonAsync($"{Api}/{id}/cosign", new { confirm = true }));
        Assert.Contains("已确认", await Refused(await second.PostAsJsonAsync($"{Api}/{id}/cosign", new { confirm = false }), HttpStatusCode.Conflict));
        Assert.Contains("未确认", await Refused(await Act(member, id, "submit"), HttpStatusCode.Conflict));
        await Ok(await (await app.ApiAs("member03")).PostAsJsonAsync($"{Api}/{id}/cosign", new { confirm = false }));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAs("member06")).PostAsJsonAsync($"{Api}/{id}/cosign", new { confirm = true })).StatusCode);

        var submitted = await Ok(await Act(member, id, "submit"));
        Assert.Equal("JOINT", submitted.GetProperty("proposerType").GetString());
        Assert.Equal(["HY0001", "HY0002"], submitted.GetProperty("signers").EnumerateArray().Select(s => s.GetProperty("memberNo").GetString()));
        // The co-signer who confirmed now sees it among theirs.
        Assert.Contains(Json(await second.GetStringAsync($"{Api}/mine")).GetProperty("rows").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);

        // Each answer is a step of the co-signing table, audited as such, and the table is on the help page.
        await using var scope = app.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<XieshangDb>().Set<AuditEntry>().IgnoreQueryFilters()
            .Where(a => a.Action.StartsWith("proposal-cosign.") && a.Summary.Contains("《关于")).Select(a => a.Action + " " + a.Summary).ToListAsync();
        Assert.Equal(2, audit.Count);
        Assert.Contains(audit, a => a.StartsWith("proposal-cosign.confirm 状态：待确认 → 已确认"));
        Assert.Contains(audit, a => a.StartsWith("proposal-cosign.decline 状态：待确认 → 已谢绝"));
        var help = await (await app.PagesAs("admin")).GetStringAsync("/help/workflows/proposal-cosign");
        Assert.Contains("谢绝联名", help);
    }

    [Fact]
    public async Task ReviewDecisions_NeedTheirReasons_AndTwoReviewersCannotBothDecide()
    {
        var member = await app.ApiAs("member01");
        var staff = await app.ApiAs("staff");
        var admin = await app.ApiAs("admin");
        var host = await SubmittedAsync(member, Draft("关于加快农村生活污水治理的建议"));
        var twin = await SubmittedAsync(await app.ApiAs("member04"), Draft("关于推进农村生活污水治理设施建设的建议", consent: true));
        var vague = await SubmittedAsync(member, Draft("关于改进城市管理工作的几点想法"));
        foreach (var id in new[] { host, twin, vague }) await Ok(await Act(staff, id, "start_review"));

        // The reviewer of the twin sees the host among likely duplicates, and merges it.
        var similar = Json(await staff.GetStringAsync($"{Api}/{twin}/similar"));
        Assert.Equal(host, similar[0].GetProperty("id").GetGuid());
        Assert.Contains("并入", await Refused(await Act(staff, twin, "merge", new { hostId = twin }), HttpStatusCode.BadRequest));
        await Ok(await Act(staff, host, "file"));
        var merged = await Ok(await Act(staff, twin, "merge", new { hostId = host }));
        Assert.Equal("MERGED", merged.GetProperty("workflow").GetProperty("state").GetString());
        Assert.Equal(host, merged.GetProperty("mergedInto").GetProperty("id").GetGuid());
        Assert.Equal([twin], (await Ok(await staff.GetAsync($"{Api}/{host}"))).GetProperty("mergedHere").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()));

        // Not filing needs a reason from the list; returning needs a note; converting needs the proposer's consent.
        Assert.Contains("不立案理由", await Refused(await Act(staff, vague, "not_file"), HttpStatusCode.BadRequest));
        Assert.Contains("修改的地方", await Refused(await Act(staff, vague, "return"), HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.Forbidden, (await Act(staff, vague, "convert", new { convertTo = "OPINION" })).StatusCode);

        // Two reviewers open it at the same version; the second decision is refused and the first stands.
        var version = (await Ok(await staff.GetAsync($"{Api}/{vague}"))).GetProperty("workflow").GetProperty("version").GetInt32();
        await Ok(await Act(staff, vague, "not_file", new { reason = "VAGUE", version }));
        Assert.Contains("已被他人处理", await Refused(await Act(admin, vague, "file", new { version }), HttpStatusCode.Conflict));
        var decided = await Ok(await member.GetAsync($"{Api}/{vague}"));
        Assert.Equal("NOT_FILED", decided.GetProperty("workflow").GetProperty("state").GetString());
        Assert.Equal("内容空泛，没有具体建议", decided.GetProperty("notFiledReasonLabel").GetString());
        Assert.Null(decided.GetProperty("caseNo").GetString());
    }

    [Fact]
    public async Task Returned_IsRevisedAndResubmitted_Converted_WithConsent_AndNoOneReviewsTheirOwn()
    {
        var member = await app.ApiAs("member01");
        var staff = await app.ApiAs("staff");
        var id = await SubmittedAsync(member, Draft(consent: true));
        await Ok(await Act(staff, id, "start_review"));
        var returned = await Ok(await Act(staff, id, "return", new { note = "建议部分请写得更具体。" }));
        Assert.Equal("RETURNED", returned.GetProperty("workflow").GetProperty("state").GetString());
        var revised = await Ok(await member.PutAsJsonAsync($"{Api}/{id}", Draft("关于加快农村生活污水治理的建议（修改稿）", consent: true)));
        Assert.Equal("关于加快农村生活污水治理的建议（修改稿）", revised.GetProperty("title").GetString());
        var again = await Ok(await Act(member, id, "submit"));
        Assert.Equal(1, again.GetProperty("serialNo").GetInt32());
        await Ok(await Act(staff, id, "start_review"));
        var converted = await Ok(await Act(staff, id, "convert", new { convertTo = "OPINION" }));
        Assert.Equal("OPINION", converted.GetProperty("convertedTo").GetString());
        // The linked item waits in the information staff's screening queue, the proposer its reporter.
        var itemId = converted.GetProperty("opinionItemId").GetGuid();
        var item = await Ok(await member.GetAsync($"/api/v1/opinions/{itemId}"));
        Assert.Equal("SUBMITTED", item.GetProperty("workflow").GetProperty("state").GetString());
        Assert.Equal(id, item.GetProperty("fromProposalId").GetGuid());
        Assert.Equal("关于加快农村生活污水治理的建议（修改稿）", item.GetProperty("title").GetString());
        Assert.StartsWith("全区仍有部分村庄生活污水直排河道", item.GetProperty("body").GetString());
        Assert.Equal("王建华", item.GetProperty("reporters")[0].GetProperty("name").GetString());
        Assert.Contains("accept", item.GetProperty("workflow").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("action").GetString())
            .Concat((await Ok(await staff.GetAsync($"/api/v1/opinions/{itemId}"))).GetProperty("workflow").GetProperty("actions").EnumerateArray()
                .Select(a => a.GetProperty("action").GetString())));

        // Staff enter a collective proposal; they may not review it themselves — another reviewer does.
        var collective = await Ok(await staff.PostAsJsonAsync(Api, new
        {
            title = "关于支持民营企业纾困发展的建议", situation = "部分民营企业面临债务压力和融资困难。", analysis = "融资渠道单一。", suggestions = "设立纾困基金，完善融资担保体系。",
            proposerType = "COLLECTIVE", collectiveOrg = "民建淮阴区基层委员会", collectiveContact = "主委",
        }), HttpStatusCode.Created);
        var cid = collective.GetProperty("id").GetGuid();
        await Ok(await Act(staff, cid, "submit"));
        Assert.Equal(HttpStatusCode.Forbidden, (await Act(staff, cid, "start_review")).StatusCode);
        await Ok(await Act(await app.ApiAs("admin"), cid, "start_review"));
        // Without a seat there is no individual proposal.
        Assert.Contains("没有在任委员席位", await Refused(await staff.PostAsJsonAsync(Api, Draft()), HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task BadInput_IsRefusedInChinese_AndNothingIsStored()
    {
        var qjp = await app.ApiAs("qjp-staff");
        var qjpSector = Json(await qjp.GetStringAsync("/api/v1/organization/sectors"))[0].GetProperty("sectors")[0].GetProperty("id").GetGuid();
        await Ok(await qjp.PostAsJsonAsync("/api/v1/organization/members", new
        {
            name = "清江浦委员", gender = "Male", party = "群众", mobile = "13911119999", term = "第九届", memberNo = "QJ0001", sectorId = qjpSector, isStanding = false,
        }), HttpStatusCode.Created);

        var member = await app.ApiAs("member01");
        int count;
        await using (var scope = app.Services.CreateAsyncScope())
            count = await scope.ServiceProvider.GetRequiredService<XieshangDb>().Set<Proposal>().IgnoreQueryFilters().CountAsync();
        async Task<string> Bad(object body) => await Refused(await member.PostAsJsonAsync(Api, body), HttpStatusCode.BadRequest);

        Assert.Contains("QJ0001", await Bad(Draft(type: "JOINT", cosigners: "QJ0001")));
        Assert.Contains("案由", await Bad(Draft(title: "建议")));
        Assert.Contains("网页代码", await Bad(Draft(title: "关于<script>alert(1)</script>的建议")));
        Assert.Contains("5,000", await Bad(new { title = "关于加快农村生活污水治理的建议", situation = new string('情', 5001) }));
        Assert.Contains("类别", await Bad(new { title = "关于加快农村生活污水治理的建议", category = "SPORTS" }));
        Assert.Contains("只有联名提案", await Bad(Draft(cosigners: "HY0002")));
        Assert.Contains("第一提案人", await Bad(Draft(type: "JOINT", cosigners: "HY0001")));
        Assert.Contains("提案单位", await Bad(Draft(type: "COLLECTIVE")));
        var empty = (await Ok(await member.PostAsJsonAsync(Api, new { title = "关于加快农村生活污水治理的建议" }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Assert.Contains("请先写完提案", await Refused(await Act(member, empty, "submit"), HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.NotFound, (await Act(member, empty, "fly")).StatusCode);
        Assert.Contains("不能执行", await Refused(await Act(member, empty, "file"), HttpStatusCode.Conflict));

        await using (var scope = app.Services.CreateAsyncScope())
            Assert.Equal(count + 1, await scope.ServiceProvider.GetRequiredService<XieshangDb>().Set<Proposal>().IgnoreQueryFilters().CountAsync());
    }
}

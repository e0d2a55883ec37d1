using System.Net;
using System.Net.Http.Json;
using Xieshang.Opinions;
using Xieshang.Tests.Infrastructure;
using static Xieshang.Tests.Infrastructure.ApiResponses;
using static Xieshang.Tests.Opinions.OpinionApi;

namespace Xieshang.Tests.Opinions;

/// <summary>An item from the member's draft through screening, editing and sign-off to the committee's bulletin.</summary>
public sealed class OpinionWorkflowTests : OwnAppTests
{
    [Fact]
    public async Task AnItem_IsSubmitted_Screened_Edited_Signed_AndPublished_WithTheEditorsChangesVisible()
    {
        var (member, staff, leader) = (await app.ApiAs("member01"), await app.ApiAs("staff"), await app.ApiAs("leader"));
        var draft = await Ok(await member.PostAsJsonAsync(Api, new { title = "关于加快老旧小区加装电梯的建议", body = Body }), HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetGuid();
        Assert.Equal("DRAFT", State(draft));
        Assert.Contains("submit", Actions(draft));
        Assert.Equal("MEMBER", draft.GetProperty("source").GetString());
        Assert.Single(draft.GetProperty("reporters").EnumerateArray());

        var submitted = await Ok(await Act(member, id, "submit"));
        Assert.Equal("SUBMITTED", State(submitted));
        Assert.Equal(1, submitted.GetProperty("serialNo").GetInt32());
        Assert.NotNull(submitted.GetProperty("workflow").GetProperty("dueAt").GetString()); // 5 working days to screen
        Assert.Equal(HttpStatusCode.Forbidden, (await Act(member, id, "accept")).StatusCode);

        Assert.Equal("EDITING", State(await Ok(await Act(staff, id, "accept", new { note = "采用，请核稿" }))));
        Assert.Contains("4 至 100 个字", await Refused(await Act(staff, id, "edit", new { editedTitle = "电梯", editedBody = Body }), HttpStatusCode.BadRequest));
        var edited = await Ok(await Act(staff, id, "edit", new
        {
            editedTitle = "关于加快推进老旧小区加装电梯的建议",
            editedBody = Body.Replace("居民意见不一", "部分居民意见不一").Replace("设立专项补贴", "设立市区两级专项补贴"),
        }));
        Assert.Equal("EDITED", State(edited));
        // The submitted text stays; the changes are marked.
        Assert.Equal(Body, edited.GetProperty("body").GetString());
        var changes = edited.GetProperty("bodyDiff").EnumerateArray().Where(s => s.GetProperty("kind").GetString() != "Same")
            .Select(s => (s.GetProperty("kind").GetString(), s.GetProperty("text").GetString())).ToList();
        Assert.Equal([("Inserted", "部分"), ("Inserted", "市区两级")], changes);
        Assert.Contains(edited.GetProperty("titleDiff").EnumerateArray(), s => s.GetProperty("kind").GetString() == "Inserted" && s.GetProperty("text").GetString() == "推进");

        Assert.Equal(HttpStatusCode.Forbidden, (await Act(staff, id, "sign")).StatusCode);
        var signed = await Ok(await Act(leader, id, "sign"));
        Assert.Equal("SIGNED", State(signed));
        Assert.Equal("区政协主席", signed.GetProperty("signedBy").GetString());
        // No edit after sign-off.
        Assert.Contains("不能执行", await Refused(await Act(staff, id, "edit", new { editedTitle = "关于改过的标题的建议", editedBody = Body }), HttpStatusCode.Conflict));
        Assert.Contains("编发页", await Refused(await Act(staff, id, "publish"), HttpStatusCode.BadRequest));

        var bulletin = await Ok(await staff.PostAsJsonAsync("/api/v1/opinion-bulletins", new { itemIds = new[] { id }, kind = "SINGLE", recipients = "区委书记\n区长" }),
            HttpStatusCode.Created);
        var published = await Ok(await member.GetAsync($"{Api}/{id}"));
        Assert.Equal("PUBLISHED", State(published));
        Assert.Equal(1, published.GetProperty("bulletin").GetProperty("issueNo").GetInt32());
        Assert.Equal("关于加快推进老旧小区加装电梯的建议", published.GetProperty("bulletin").GetProperty("title").GetString());
        Assert.Equal("SINGLE", published.GetProperty("adoption").GetString());
        var issues = Json(await staff.GetStringAsync("/api/v1/opinion-bulletins?year=2026"));
        Assert.Equal(bulletin.GetProperty("id").GetGuid(), issues[0].GetProperty("id").GetGuid());
        var inbox = Json(await member.GetStringAsync("/api/v1/inbox")).GetRawText();
        Assert.Contains("已采用", inbox);
        Assert.Contains("已编发", inbox);
    }

    [Fact]
    public async Task BadInput_IsRefusedInChinese_AndChangesNothing()
    {
        var (member, staff, other) = (await app.ApiAs("member01"), await app.ApiAs("staff"), await app.ApiAs("member02"));
        async Task<int> Mine() => Json(await member.GetStringAsync($"{Api}/mine")).GetProperty("total").GetInt32();
        var before = await Mine();
        Assert.Contains("1,500", await Refused(await member.PostAsJsonAsync(Api, new { title = "关于一个很长问题的建议", body = new string('长', 1501) }), HttpStatusCode.BadRequest));
        Assert.Contains("不是本政协的在任委员", await Refused(await member.PostAsJsonAsync(Api, new { title = "关于联合反映的建议", body = Body, reporterNos = "NOSUCH" }),
            HttpStatusCode.BadRequest));
        Assert.Contains("由信息工作人员录入", await Refused(await member.PostAsJsonAsync(Api, new { title = "关于党派反映的建议", body = Body, source = "PARTY", orgName = "民盟淮阴区委" }),
            HttpStatusCode.Forbidden));
        Assert.Equal(before, await Mine());

        // Co-reporters: a member by number and a non-member by name; both members see it, a third does not.
        var created = await Ok(await member.PostAsJsonAsync(Api, new { title = "关于规范校外培训收费的建议", body = Body, otherReporters = "王小明、李群众" }), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(["王小明", "李群众"], created.GetProperty("reporters").EnumerateArray().Skip(1).Select(r => r.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{Api}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Act(other, id, "submit")).StatusCode);
        await Ok(await Act(member, id, "submit"));
        Assert.Contains("修改的地方", await Refused(await Act(staff, id, "return"), HttpStatusCode.BadRequest));
        Assert.Equal("RETURNED", State(await Ok(await Act(staff, id, "return", new { note = "请补充收费标准的具体数据。" }))));
        Assert.Equal(HttpStatusCode.OK, (await member.PutAsJsonAsync($"{Api}/{id}", new { title = "关于规范校外培训收费的建议", body = Body + "据统计，全区约有培训机构 120 家。" })).StatusCode);
        var again = await Ok(await Act(member, id, "submit"));
        Assert.Equal("SUBMITTED", State(again));
        Assert.Equal(created.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());

        // Staff do not screen what they reflected themselves.
        var own = (await Ok(await staff.PostAsJsonAsync(Api, new { title = "关于工作人员本人反映的建议", body = Body }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Ok(await Act(staff, own, "submit"));
        Assert.Equal(HttpStatusCode.Forbidden, (await Act(staff, own, "accept")).StatusCode);

        // A composite issue needs two items; an unsigned one is not published; a stale version is refused.
        Assert.Contains("至少两条", await Refused(await staff.PostAsJsonAsync("/api/v1/opinion-bulletins", new { itemIds = new[] { id }, kind = "COMPOSITE", title = "综合" }),
            HttpStatusCode.BadRequest));
        Assert.Contains("尚未签发", await Refused(await staff.PostAsJsonAsync("/api/v1/opinion-bulletins", new { itemIds = new[] { id }, kind = "SINGLE" }), HttpStatusCode.Conflict));
        Assert.Empty(Json(await staff.GetStringAsync("/api/v1/opinion-bulletins?year=2026")).EnumerateArray());
        Assert.Contains("已被他人处理", await Refused(await Act(staff, id, "accept", new { version = 0 }), HttpStatusCode.Conflict));
        Assert.Equal("SUBMITTED", State(await Ok(await member.GetAsync($"{Api}/{id}"))));
    }

    [Fact]
    public async Task TwoItemsOnOneSubject_GoIntoOneCompositeIssue_AndTwoPublishersAtOnce_MakeOneIssue()
    {
        var (member, staff, leader) = (await app.ApiAs("member01"), await app.ApiAs("staff"), await app.ApiAs("leader"));
        async Task<Guid> SignedAsync(string title)
        {
            var id = (await Ok(await member.PostAsJsonAsync(Api, new { title, body = Body }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
            await Ok(await Act(member, id, "submit"));
            await Ok(await Act(staff, id, "accept"));
            await Ok(await Act(staff, id, "edit", new { editedTitle = title, editedBody = Body }));
            await Ok(await Act(leader, id, "sign"));
            return id;
        }
        var (a, b) = (await SignedAsync("关于加装电梯资金分摊的建议"), await SignedAsync("关于加装电梯审批流程的建议"));
        Assert.Contains("本期的标题", await Refused(await staff.PostAsJsonAsync("/api/v1/opinion-bulletins", new { itemIds = new[] { a, b }, kind = "COMPOSITE" }),
            HttpStatusCode.BadRequest));
        var second = await app.ApiAs("admin");
        var answers = await Task.WhenAll(
            staff.PostAsJsonAsync("/api/v1/opinion-bulletins", new { itemIds = new[] { a, b }, kind = "COMPOSITE", title = "老旧小区加装电梯问题综述" }),
            second.PostAsJsonAsync("/api/v1/opinion-bulletins", new { itemIds = new[] { a, b }, kind = "COMPOSITE", title = "老旧小区加装电梯问题综述" }));
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], answers.Select(r => r.StatusCode).Order());
        var issues = Json(await staff.GetStringAsync("/api/v1/opinion-bulletins?year=2026"));
        Assert.Equal(1, issues.GetArrayLength());
        Assert.Equal(2, issues[0].GetProperty("items").GetInt32());
        Assert.Equal("COMPOSITE", (await Ok(await member.GetAsync($"{Api}/{b}"))).GetProperty("adoption").GetString());
    }

    [Fact]
    public void TheDiff_MarksWhatWasDeletedAndInserted_CharacterByCharacter()
    {
        var diff = TextDiff.Of("今天天气很好，适合出行。", "今天天气非常好，适合出行！");
        Assert.Equal([(DiffKind.Same, "今天天气"), (DiffKind.Deleted, "很"), (DiffKind.Inserted, "非常"), (DiffKind.Same, "好，适合出行"),
            (DiffKind.Deleted, "。"), (DiffKind.Inserted, "！")], diff.Select(s => (s.Kind, s.Text)));
        Assert.Equal([(DiffKind.Same, "不变")], TextDiff.Of("不变", "不变").Select(s => (s.Kind, s.Text)));
        Assert.Equal([(DiffKind.Inserted, "新")], TextDiff.Of("", "新").Select(s => (s.Kind, s.Text)));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xieshang.Tests.Infrastructure;
using static Xieshang.Tests.Infrastructure.ApiResponses;
using static Xieshang.Tests.Proposals.ProposalApi;

namespace Xieshang.Tests.Proposals;

/// <summary>A committee's own list of not-filing grounds: standard ones switched off, its own added, both used at review.</summary>
public sealed class ProposalSettingsTests : OwnAppTests
{
    static List<string?> Codes(JsonElement reasons) => reasons.EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToList();

    [Fact]
    public async Task AGroundSwitchedOff_CannotBeChosen_AndAGroundOfItsOwn_Can()
    {
        var (member, staff) = (await app.ApiAs("member01"), await app.ApiAs("staff"));
        var before = await Ok(await staff.GetAsync($"{Api}/settings"));
        Assert.Equal(12, before.GetProperty("reasons").GetArrayLength());
        Assert.All(before.GetProperty("reasons").EnumerateArray(), r => Assert.True(r.GetProperty("enabled").GetBoolean()));

        // Bad input is refused in Chinese and changes nothing.
        Assert.Contains("没有代码为", await Refused(await staff.PutAsJsonAsync($"{Api}/settings", new { disabledReasons = new[] { "NO_SUCH" } }), HttpStatusCode.BadRequest));
        Assert.Contains("4 至 30 个字", await Refused(await staff.PutAsJsonAsync($"{Api}/settings", new { ownReasons = new[] { "不行" } }), HttpStatusCode.BadRequest));
        Assert.Contains("已是标准理由", await Refused(await staff.PutAsJsonAsync($"{Api}/settings", new { ownReasons = new[] { "属于信访事项" } }), HttpStatusCode.BadRequest));
        var everyCode = Codes(before.GetProperty("reasons"));
        Assert.Contains("至少保留一条", await Refused(await staff.PutAsJsonAsync($"{Api}/settings", new { disabledReasons = everyCode }), HttpStatusCode.BadRequest));
        Assert.Equal(before.GetRawText(), (await Ok(await staff.GetAsync($"{Api}/settings"))).GetRawText());

        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsJsonAsync($"{Api}/settings",
            new { disabledReasons = new[] { "PETITION" }, ownReasons = new[] { " 属于村规民约调整事项 ", "" } })).StatusCode);
        var saved = await Ok(await staff.GetAsync($"{Api}/settings"));
        Assert.Equal(["属于村规民约调整事项"], saved.GetProperty("ownReasons").EnumerateArray().Select(r => r.GetString()));
        var offered = Codes(await Ok(await staff.GetAsync($"{Api}/reasons")));
        Assert.DoesNotContain("PETITION", offered);
        Assert.Contains("L:属于村规民约调整事项", offered);
        // A stale form is refused.
        Assert.Contains("已被他人修改", await Refused(await staff.PutAsJsonAsync($"{Api}/settings",
            new { replyClassD = true, version = saved.GetProperty("version").GetInt32() + 1 }), HttpStatusCode.Conflict));

        var id = (await Ok(await member.PostAsJsonAsync(Api, new
        {
            title = "关于调整村规民约中彩礼条款的建议", situation = "部分村规民约对彩礼数额作出硬性规定，群众意见不一。",
            analysis = "条款未经村民会议充分讨论，执行中引发矛盾。", suggestions = "一是由村民会议重新讨论；二是乡镇加强指导。",
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Ok(await Act(member, id, "submit"));
        await Ok(await Act(staff, id, "start_review"));
        Assert.Contains("本会的不立案理由", await Refused(await Act(staff, id, "not_file", new { reason = "PETITION" }), HttpStatusCode.BadRequest));
        var decided = await Ok(await Act(staff, id, "not_file", new { reason = "L:属于村规民约调整事项" }));
        Assert.Equal("NOT_FILED", State(decided));
        Assert.Equal("属于村规民约调整事项", decided.GetProperty("notFiledReasonLabel").GetString());

        // Removing the ground later leaves the decision's reason as it was.
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsJsonAsync($"{Api}/settings", new { ownReasons = Array.Empty<string>() })).StatusCode);
        Assert.Equal("属于村规民约调整事项", (await Ok(await member.GetAsync($"{Api}/{id}"))).GetProperty("notFiledReasonLabel").GetString());
    }

    [Fact]
    public async Task TheSettingsPage_SavesWhatStaffTick_AndIsTheReviewersOnly()
    {
        var staff = await app.PagesAs("staff");
        var page = await staff.GetPageAsync("/proposals/settings");
        Assert.Equal(12, page.QuerySelectorAll("input[name=enabled]:checked").Length);

        var html = await staff.GetStringAsync("/proposals/settings");
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var form = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token), new("_handler", "settings"), new("replyClassD", "true"),
            new("own", "属于村务公开事项\n\n属于村规民约调整事项") };
        form.AddRange(new[] { "STATE_SECRET", "FORBIDDEN", "VAGUE" }.Select(c => new KeyValuePair<string, string>("enabled", c)));
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostAsync("/proposals/settings", new FormUrlEncodedContent(form))).StatusCode);

        var saved = await Ok(await (await app.ApiAs("staff")).GetAsync($"{Api}/settings"));
        Assert.True(saved.GetProperty("replyClassD").GetBoolean());
        Assert.Equal(["STATE_SECRET", "FORBIDDEN", "VAGUE", "L:属于村务公开事项", "L:属于村规民约调整事项"],
            saved.GetProperty("reasons").EnumerateArray().Where(r => r.GetProperty("enabled").GetBoolean()).Select(r => r.GetProperty("code").GetString()));

        // A bad line is shown back with the form as sent.
        html = await staff.GetStringAsync("/proposals/settings");
        token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var refused = await staff.PostAsync("/proposals/settings", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["__RequestVerificationToken"] = token, ["_handler"] = "settings", ["own"] = "短", ["enabled"] = "VAGUE" }));
        var text = await refused.Content.ReadAsStringAsync();
        Assert.Contains("4 至 30 个字", text);
        Assert.Contains(">短</textarea>", text);

        var member = await app.PagesAs("member01");
        var forbidden = await member.GetAsync("/proposals/settings");
        Assert.Equal(HttpStatusCode.Redirect, forbidden.StatusCode);
        Assert.StartsWith("/forbidden", forbidden.Headers.Location!.PathAndQuery);
    }
}

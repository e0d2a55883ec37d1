using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Xieshang.Proposals;
using Xieshang.Tests.Infrastructure;
using static Xieshang.Tests.Infrastructure.ApiResponses;
using static Xieshang.Tests.Proposals.ProposalApi;

namespace Xieshang.Tests.Proposals;

/// <summary>The deadlines the platform keeps: co-signing windows, 面商, reply reminders, overdue replies, extensions.</summary>
public sealed class ProposalDeadlineTests : OwnAppTests
{

    async Task<int> RunJobAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProposalDeadlines>().RunAsync(default);
    }

    async Task<string> InboxAsync(string user) => (await (await app.ApiAs(user)).GetStringAsync("/api/v1/inbox")).ToString();

    static object Draft(string? type = null, string? cosigners = null) => new
    {
        title = "关于加快农村生活污水治理的建议", situation = "全区仍有部分村庄生活污水直排河道。", analysis = "设施建设滞后，运维资金不足。",
        suggestions = "一是分片建设污水处理设施；二是建立长效运维机制。", proposerType = type, cosignerNos = cosigners,
    };

    [Fact]
    public async Task WhenTheCosigningWindowCloses_ItIsSubmittedWithThoseWhoConfirmed()
    {
        var member = await app.ApiAs("member01");
        var id = (await Ok(await member.PostAsJsonAsync(Api, Draft("JOINT", "HY0002 HY0003")))).GetProperty("id").GetGuid();
        await Ok(await Act(member, id, "invite"));
        await Ok(await (await app.ApiAs("member02")).PostAsJsonAsync($"{Api}/{id}/cosign", new { confirm = true }));
        Assert.Equal(0, await RunJobAsync());

        app.Clock.Advance(TimeSpan.FromDays(4));
        Assert.Equal(1, await RunJobAsync());
        var view = await Ok(await (await app.ApiAs("member01")).GetAsync($"{Api}/{id}"));
        Assert.Equal("SUBMITTED", view.GetProperty("workflow").GetProperty("state").GetString());
        Assert.Equal(["HY0001", "HY0002"], view.GetProperty("signers").EnumerateArray().Select(s => s.GetProperty("memberNo").GetString()));
        Assert.Contains("联名征集期满", await InboxAsync("member01"));
        // Once is enough.
        Assert.Equal(0, await RunJobAsync());
    }

    [Fact]
    public async Task UnitsAreReminded_OverdueRepliesGoToTheCommittee_AndAnExtensionMovesTheDueDate()
    {
        var (member, staff) = (await app.ApiAs("member01"), await app.ApiAs("staff"));
        var id = (await Ok(await member.PostAsJsonAsync(Api, Draft()))).GetProperty("id").GetGuid();
        await Ok(await Act(member, id, "submit"));
        await Ok(await Act(staff, id, "start_review"));
        await Ok(await Act(staff, id, "file"));
        var civil = Json(await staff.GetStringAsync("/api/v1/organization/units?handlingUnits=true")).EnumerateArray()
            .Single(u => u.GetProperty("name").GetString() == "区民政局").GetProperty("id").GetGuid();
        await Ok(await Act(staff, id, "assign", new { mode = "SINGLE", leadId = civil }));
        await Ok(await Act(await app.ApiAs("unit01"), id, "sign"));

        // Three weeks on: no 面商 yet.
        app.Clock.Advance(TimeSpan.FromDays(25));
        await RunJobAsync();
        Assert.Contains("请与提案人沟通", await InboxAsync("unit01"));
        staff = await app.ApiAs("staff");
        var overdue = Json(await staff.GetStringAsync($"{Api}/overdue")).EnumerateArray().ToList();
        Assert.Equal(["面商逾期"], overdue.Where(r => r.GetProperty("proposalId").GetGuid() == id).Select(r => r.GetProperty("kind").GetString()));

        // Two weeks before the due date, then past it.
        app.Clock.Advance(TimeSpan.FromDays(55));
        await RunJobAsync();
        Assert.Contains("答复期限将至", await InboxAsync("unit01"));
        app.Clock.Advance(TimeSpan.FromDays(15));
        await RunJobAsync();
        Assert.Contains("答复已逾期", await InboxAsync("unit01"));
        Assert.Contains("提案答复逾期", await InboxAsync("staff"));
        staff = await app.ApiAs("staff");
        Assert.Contains(Json(await staff.GetStringAsync($"{Api}/overdue")).EnumerateArray(),
            r => r.GetProperty("proposalId").GetGuid() == id && r.GetProperty("kind").GetString() == "答复逾期");
        var before = (await InboxAsync("staff")).Split("提案答复逾期").Length;
        await RunJobAsync();
        Assert.Equal(before, (await InboxAsync("staff")).Split("提案答复逾期").Length);

        // The committee extends it to five months, with a reason; not beyond six, and not at a member's request.
        Assert.Contains("4 至 6 个月", Json(await (await Act(staff, id, "extend", new { months = 7, reason = "需要跨部门协调。" })).Content.ReadAsStringAsync()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await Act(await app.ApiAs("member01"), id, "extend", new { months = 5, reason = "需要跨部门协调。" })).StatusCode);
        var extended = await Ok(await Act(staff, id, "extend", new { months = 5, reason = "涉及多个部门，需要跨部门协调。" }));
        var row = extended.GetProperty("assignments")[0];
        Assert.Equal(row.GetProperty("assignedAt").GetDateTime().AddMonths(5), row.GetProperty("replyDueAt").GetDateTime());
        Assert.Equal("涉及多个部门，需要跨部门协调。", row.GetProperty("extensionReason").GetString());
        Assert.DoesNotContain(Json(await staff.GetStringAsync($"{Api}/overdue")).EnumerateArray(),
            r => r.GetProperty("proposalId").GetGuid() == id && r.GetProperty("kind").GetString() == "答复逾期");
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xieshang.Platform.Data;
using Xieshang.Platform.Notifications;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Platform;

public sealed class NotificationTests(TestApp app)
{
    static async Task<Guid> UserId(AsyncServiceScope scope, string userName) =>
        await scope.ServiceProvider.GetRequiredService<XieshangDb>().Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();

    [Fact]
    public async Task Notify_PutsItInTheInbox_AndTheApiCountsItUnreadUntilRead()
    {
        await using (var scope = await app.ScopeAs("staff"))
        {
            var target = await UserId(scope, "member16");
            await scope.ServiceProvider.GetRequiredService<Notifier>().NotifyAsync([target], "请假已批准", "您的请假申请已批准。", "/inbox");
            await scope.ServiceProvider.GetRequiredService<XieshangDb>().SaveChangesAsync();
        }
        var client = await app.ApiAs("member16");
        var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/inbox")).RootElement;
        Assert.Equal(1, list.GetProperty("unread").GetInt32());
        var id = list.GetProperty("rows")[0].GetProperty("id").GetGuid();
        Assert.Equal("请假已批准", list.GetProperty("rows")[0].GetProperty("title").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/v1/inbox/{id}/read", null)).StatusCode);
        list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/inbox")).RootElement;
        Assert.Equal(0, list.GetProperty("unread").GetInt32());
    }

    [Fact]
    public async Task Inbox_OfAnotherUser_CannotBeRead()
    {
        Guid id;
        await using (var scope = await app.ScopeAs("staff"))
        {
            var target = await UserId(scope, "member17");
            await scope.ServiceProvider.GetRequiredService<Notifier>().NotifyAsync([target], "私人消息", "", null);
            var db = scope.ServiceProvider.GetRequiredService<XieshangDb>();
            await db.SaveChangesAsync();
            id = await db.Set<Notification>().Where(n => n.UserId == target).Select(n => n.Id).FirstAsync();
        }
        var other = await app.ApiAs("member18");
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/inbox/{id}/read", null)).StatusCode);
        var list = JsonDocument.Parse(await other.GetStringAsync("/api/v1/inbox")).RootElement;
        Assert.DoesNotContain(list.GetProperty("rows").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Header_ShowsTheUnreadCount()
    {
        // unit03 hears from no other test: its one message is this one.
        await using (var scope = await app.ScopeAs("staff"))
        {
            await scope.ServiceProvider.GetRequiredService<Notifier>().NotifyAsync([await UserId(scope, "unit03")], "待签收提案", "请签收。", null);
            await scope.ServiceProvider.GetRequiredService<XieshangDb>().SaveChangesAsync();
        }
        var client = await app.PagesAs("unit03");
        var page = await client.GetPageAsync("/");
        Assert.Equal("1", page.QuerySelector(".inbox-link .count")!.TextContent);
        Assert.Equal("消息1", page.QuerySelector(".inbox-link")!.TextContent.Replace(" ", "").Replace("\n", ""));
    }

    [Fact]
    public async Task WithoutSmtp_NoEmailIsQueued_ButTheInboxStillWorks()
    {
        await using var scope = await app.ScopeAs("staff");
        var target = await UserId(scope, "staff");
        await scope.ServiceProvider.GetRequiredService<Notifier>().NotifyAsync([target], "无邮件通道", "正文", null);
        var db = scope.ServiceProvider.GetRequiredService<XieshangDb>();
        await db.SaveChangesAsync();
        Assert.Equal(0, await db.Set<OutboxMessage>().CountAsync(m => m.Subject == "无邮件通道"));
        Assert.Equal(1, await db.Set<Notification>().CountAsync(n => n.Title == "无邮件通道"));
    }
}

/// <summary>E-mail through a real SMTP server on loopback, with retries when it is down.</summary>
public sealed class EmailDeliveryTests : IAsyncLifetime
{
    readonly SmtpSink smtp = new();
    TestApp app = default!;

    public async ValueTask InitializeAsync()
    {
        app = new TestApp().With("Smtp:Host", "127.0.0.1").With("Smtp:Port", smtp.Port.ToString())
            .With("Smtp:Security", "None").With("Jobs:Enabled", "false").With("App:PublicUrl", "https://zx.example.org");
        await app.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await smtp.DisposeAsync();
        await app.DisposeAsync();
    }

    async Task NotifyStaffAsync(string title)
    {
        await using var scope = await app.ScopeAs("staff");
        var db = scope.ServiceProvider.GetRequiredService<XieshangDb>();
        var ids = await db.Users.Where(u => u.UserName == "staff" || u.UserName == "member19").Select(u => u.Id).ToListAsync();
        await scope.ServiceProvider.GetRequiredService<Notifier>().NotifyAsync(ids, title, "请于 3 个工作日内处理。", "/inbox");
        await db.SaveChangesAsync();
    }

    async Task<int> DispatchAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
    }

    async Task<OutboxMessage> MessageAsync(string subject)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<XieshangDb>().Set<OutboxMessage>().IgnoreQueryFilters()
            .AsNoTracking().SingleAsync(m => m.Subject == subject);
    }

    [Fact]
    public async Task Notify_SendsAnEmailToUsersWithAnAddress_ThroughTheOutbox()
    {
        await smtp.StartAsync();
        await NotifyStaffAsync("新提案待审查");
        Assert.Equal(1, await DispatchAsync()); // staff has an address, member19 has none
        var mail = Assert.Single(smtp.Received);
        Assert.Equal("新提案待审查", mail.Subject);
        Assert.Equal("staff@huaiyin.example.org", mail.To.Mailboxes.Single().Address);
        Assert.Contains("https://zx.example.org/inbox", mail.TextBody);
        var message = await MessageAsync("新提案待审查");
        Assert.Equal(OutboxStatus.Sent, message.Status);
        Assert.Equal(0, await DispatchAsync()); // nothing is sent twice
    }

    [Fact]
    public async Task SmtpDown_TheMessageWaitsAndIsRetried_ThenSent()
    {
        await NotifyStaffAsync("服务器未启动时的提醒");
        Assert.Equal(0, await DispatchAsync());
        var waiting = await MessageAsync("服务器未启动时的提醒");
        Assert.Equal(OutboxStatus.Pending, waiting.Status);
        Assert.Equal(1, waiting.Attempts);
        Assert.NotNull(waiting.LastError);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime + OutboxDispatcher.Backoff[0], waiting.NextAttemptAt);

        await smtp.StartAsync();
        Assert.Equal(0, await DispatchAsync()); // not yet due
        app.Clock.Advance(OutboxDispatcher.Backoff[0]);
        Assert.Equal(1, await DispatchAsync());
        Assert.Equal("服务器未启动时的提醒", Assert.Single(smtp.Received).Subject);
        Assert.Equal(OutboxStatus.Sent, (await MessageAsync("服务器未启动时的提醒")).Status);
    }

    [Fact]
    public async Task SmtpDownForGood_TheMessageEndsFailed_AfterTheLastRetry()
    {
        await NotifyStaffAsync("始终无法送达");
        for (var i = 0; i <= OutboxDispatcher.Backoff.Length; i++)
        {
            await DispatchAsync();
            if (i < OutboxDispatcher.Backoff.Length) app.Clock.Advance(OutboxDispatcher.Backoff[i]);
        }
        var message = await MessageAsync("始终无法送达");
        Assert.Equal(OutboxStatus.Failed, message.Status);
        Assert.Equal(OutboxDispatcher.Backoff.Length + 1, message.Attempts);
    }
}

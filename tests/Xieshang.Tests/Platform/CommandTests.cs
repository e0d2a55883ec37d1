using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Platform;

/// <summary>
/// The production set-up as an operator runs it, as real processes: the app refuses an out-of-date schema, then
/// `migrate` and `create-admin` make a new installation usable without demo data.
/// </summary>
public sealed class CommandTests : IAsyncLifetime
{
    readonly (string Provider, string ConnectionString, Func<Task> Drop) database = TestDatabase.Create();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public async ValueTask DisposeAsync() => await database.Drop();

    async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var dll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(dll)! };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = database.Provider;
        start.Environment["ConnectionStrings__Default"] = database.ConnectionString;
        start.Environment["Database__MigrateOnStart"] = "false";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    [Fact]
    public async Task NewInstallation_RefusesToStartUnmigrated_ThenMigrateAndCreateAdmin_MakeItUsable()
    {
        var refused = await RunAsync();
        Assert.NotEqual(0, refused.Exit);
        Assert.Contains("数据库结构不是最新版本", refused.Output);
        Assert.Contains("-- migrate", refused.Output);

        var migrate = await RunAsync("migrate");
        Assert.Equal(0, migrate.Exit);
        Assert.Contains("数据库已迁移到最新版本。", migrate.Output);

        var weak = await RunAsync("create-admin", "--committee", "测试区政协", "--user", "管理员甲", "--password", "weak");
        Assert.Equal(2, weak.Exit);
        Assert.Contains("密码至少需要 8 位。", weak.Output);

        var created = await RunAsync("create-admin", "--committee", "测试区政协", "--level", "District", "--user", "管理员甲",
            "--password", "Strong#2026", "--name", "管理员甲");
        Assert.Equal(0, created.Exit);
        Assert.Contains("已创建“测试区政协”的管理员 管理员甲。", created.Output);

        await using var app = TestApp.OnDatabase(database.Provider, database.ConnectionString)
            .With("Database:MigrateOnStart", "false").With("Demo:Enabled", "false").With("Jobs:Enabled", "false");
        await app.InitializeAsync();
        var client = app.Anonymous();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "管理员甲", password = "Strong#2026" });
        login.EnsureSuccessStatusCode();
        var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var me = JsonDocument.Parse(await client.GetStringAsync("/api/v1/me")).RootElement;
        Assert.Equal("测试区政协", me.GetProperty("committeeName").GetString());
        Assert.Equal(["CommitteeAdmin", "SystemAdmin"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());
        var demo = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { userName = "staff", password = "Demo@2023" });
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, demo.StatusCode); // no demo data
    }

    [Fact]
    public async Task UnknownCommand_SaysWhichOnesExist()
    {
        var r = await RunAsync("frobnicate");
        Assert.Equal(2, r.Exit);
        Assert.Contains("可用命令：migrate、create-admin", r.Output);
    }
}

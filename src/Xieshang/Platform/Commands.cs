using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Platform;

/// <summary>
/// Operations commands of the same executable: `migrate` brings a PostgreSQL schema up to date;
/// `create-admin` makes the first committee and its administrator on a new installation.
/// </summary>
public static class Commands
{
    public static async Task<bool> RunCommandAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-')) return false;
        switch (args[0])
        {
            case "migrate":
                await DatabaseInitializer.MigrateAsync(app.Services);
                await PermissionSync.SyncAsync(app.Services);
                Console.WriteLine("数据库已迁移到最新版本。");
                return true;
            case "create-admin":
                Environment.ExitCode = await CreateAdminAsync(app, Options(args[1..]));
                return true;
            default:
                Console.Error.WriteLine($"未知命令“{args[0]}”。可用命令：migrate、create-admin。");
                Environment.ExitCode = 2;
                return true;
        }
    }

    static Dictionary<string, string> Options(string[] args)
    {
        var d = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2) d[args[i].TrimStart('-')] = args[i + 1];
        return d;
    }

    static async Task<int> CreateAdminAsync(WebApplication app, Dictionary<string, string> o)
    {
        const string usage = "用法：create-admin --committee 淮阴区政协 --level District --user admin --password '…' [--name 显示名] [--phone 手机号] [--parent 上级政协名称]";
        if (!o.TryGetValue("committee", out var committeeName) || !o.TryGetValue("user", out var userName) || !o.TryGetValue("password", out var password))
        {
            Console.Error.WriteLine(usage);
            return 2;
        }
        if (!Enum.TryParse<CommitteeLevel>(o.GetValueOrDefault("level", "District"), true, out var level))
        {
            Console.Error.WriteLine("层级须为 National、Provincial、City 或 District。");
            return 2;
        }
        await DatabaseInitializer.EnsureCurrentAsync(app.Services, app.Configuration);
        await PermissionSync.SyncAsync(app.Services);
        using var scope = app.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<XieshangDb>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var users = sp.GetRequiredService<UserManager<User>>();

        var committee = await db.Set<Committee>().SingleOrDefaultAsync(c => c.Name == committeeName);
        if (committee == null)
        {
            Guid? parentId = null;
            if (o.TryGetValue("parent", out var parentName))
            {
                parentId = await db.Set<Committee>().Where(c => c.Name == parentName).Select(c => (Guid?)c.Id).SingleOrDefaultAsync();
                if (parentId == null) { Console.Error.WriteLine($"上级政协“{parentName}”不存在。"); return 2; }
            }
            var created = await CreateCommittee.HandleAsync(db, clock, committeeName, level, parentId);
            if (!created.Ok) { Console.Error.WriteLine(created.Error!.Message); return 2; }
            committee = created.Value!;
            await db.SaveChangesAsync();
        }

        var user = new User
        {
            UserName = userName, DisplayName = o.GetValueOrDefault("name", userName),
            PhoneNumber = o.GetValueOrDefault("phone"), CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine(string.Join(Environment.NewLine, result.Errors.Select(e => e.Description)));
            return 2;
        }
        foreach (var role in new[] { Role.SystemAdmin, Role.CommitteeAdmin })
            db.Add(new CommitteeRole { CommitteeId = committee.Id, UserId = user.Id, Role = role, GrantedAt = clock.GetUtcNow().UtcDateTime });
        db.Add(new AuditEntry
        {
            CommitteeId = committee.Id, ActorName = "系统（命令行）", Action = "platform.admin.create", ActionLabel = "创建管理员",
            RecordType = nameof(User), RecordId = user.Id.ToString(), Summary = $"{user.DisplayName}：系统管理员、政协管理员",
        });
        await db.SaveChangesAsync();
        Console.WriteLine($"已创建“{committee.Name}”的管理员 {userName}。");
        return 0;
    }
}

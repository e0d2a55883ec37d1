using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Calendar;
using Xieshang.Platform.Notifications;
using Xieshang.Platform.Data;
using Xieshang.Organization;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Demo;

/// <summary>
/// Demo committees and accounts, modelled on the Huaiyin report; names are invented. Seeded once into an empty
/// database when Demo:Enabled is true, and never in Production. Later modules add their demo data here.
/// </summary>
public static class DemoData
{
    public const string Password = "Demo@2023";
    public const string Huaiyin = "淮阴区政协";
    public const string Qingjiangpu = "清江浦区政协";

    static readonly string[] MemberNames =
    [
        "王建华", "李秀英", "张志强", "刘海燕", "陈国平", "杨丽娟", "赵文斌", "黄晓梅", "周永刚", "吴春兰",
        "徐立新", "孙红霞", "胡德明", "朱玉芳", "高建军", "林淑珍", "何俊杰", "郭爱华", "马晓东", "罗静怡",
    ];

    // The 2026 schedule as published by the State Council General Office; staff can correct it on the holidays page.
    static readonly (DateOnly, HolidayKind, string)[] Holidays2026 =
    [
        .. Days(2026, 1, 1, 3, "元旦"), (new(2026, 1, 4), HolidayKind.WorkDay, "元旦调休"),
        (new(2026, 2, 14), HolidayKind.WorkDay, "春节调休"), .. Days(2026, 2, 15, 23, "春节"), (new(2026, 2, 28), HolidayKind.WorkDay, "春节调休"),
        .. Days(2026, 4, 4, 6, "清明节"),
        .. Days(2026, 5, 1, 5, "劳动节"), (new(2026, 5, 9), HolidayKind.WorkDay, "劳动节调休"),
        .. Days(2026, 6, 19, 21, "端午节"),
        (new(2026, 9, 20), HolidayKind.WorkDay, "国庆节调休"), .. Days(2026, 9, 25, 27, "中秋节"),
        .. Days(2026, 10, 1, 7, "国庆节"), (new(2026, 10, 10), HolidayKind.WorkDay, "国庆节调休"),
    ];

    static IEnumerable<(DateOnly, HolidayKind, string)> Days(int year, int month, int from, int to, string name) =>
        Enumerable.Range(from, to - from + 1).Select(d => (new DateOnly(year, month, d), HolidayKind.DayOff, name));

    static readonly string[] UnitNames = ["区民政局", "区国资委", "区营商办", "区教育局", "区农业农村局"];

    public static async Task SeedIfWantedAsync(IServiceProvider services, IConfiguration config, IHostEnvironment env)
    {
        if (!config.GetValue<bool>("Demo:Enabled") || env.IsProduction()) return;
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<XieshangDb>();
        if (await db.Set<Committee>().AnyAsync()) return;
        await SeedAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>(), scope.ServiceProvider.GetRequiredService<IPasswordHasher<User>>());
    }

    // What the organisation seed just added, before anything is saved (the tenant filter would hide it from queries here).
    static IEnumerable<T> Tracked<T>(XieshangDb db, Guid committeeId) where T : class, Platform.Tenancy.ITenantOwned =>
        db.ChangeTracker.Entries<T>().Select(e => e.Entity).Where(e => e.CommitteeId == committeeId);

    static async Task SeedAsync(XieshangDb db, TimeProvider clock, IPasswordHasher<User> hasher)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Committee Add(string name, CommitteeLevel level, Committee? parent)
        {
            var result = CreateCommittee.HandleAsync(db, clock, name, level, parent?.Id).GetAwaiter().GetResult();
            return result.Value ?? throw new InvalidOperationException(result.Error!.Message);
        }
        var national = Add("全国政协", CommitteeLevel.National, null);
        await db.SaveChangesAsync();
        var province = Add("江苏省政协", CommitteeLevel.Provincial, national);
        await db.SaveChangesAsync();
        var city = Add("淮安市政协", CommitteeLevel.City, province);
        await db.SaveChangesAsync();
        var huaiyin = Add(Huaiyin, CommitteeLevel.District, city);
        var qjp = Add(Qingjiangpu, CommitteeLevel.District, city);

        // One hash for every demo account: hashing is deliberately slow and they share the demo password.
        var hash = hasher.HashPassword(new User(), Password);
        User NewUser(string userName, string displayName, string? phone = null)
        {
            var u = new User
            {
                UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), DisplayName = displayName,
                PhoneNumber = phone, PasswordHash = hash, SecurityStamp = Guid.NewGuid().ToString("N"),
                ConcurrencyStamp = Guid.NewGuid().ToString(), LockoutEnabled = true, CreatedAt = now,
            };
            db.Add(u);
            return u;
        }
        void Grant(User u, Committee c, Role role) =>
            db.Add(new CommitteeRole { UserId = u.Id, CommitteeId = c.Id, Role = role, GrantedAt = now });

        var admin = NewUser("admin", "系统管理员");
        foreach (var c in new[] { national, province, city, huaiyin, qjp }) Grant(admin, c, Role.SystemAdmin);
        Grant(admin, huaiyin, Role.CommitteeAdmin);
        var staff = NewUser("staff", "办公室 刘敏", "13800000001");
        staff.Email = "staff@huaiyin.example.org";
        Grant(staff, huaiyin, Role.OfficeStaff);
        var leader = NewUser("leader", "区政协主席");
        leader.Email = "leader@huaiyin.example.org";
        Grant(leader, huaiyin, Role.Leader);
        var members = new List<User>();
        for (var i = 0; i < MemberNames.Length; i++)
        {
            members.Add(NewUser($"member{i + 1:00}", MemberNames[i], $"139{i + 1:00000000}"));
            Grant(members[^1], huaiyin, Role.Member);
        }
        var unitUsers = new List<User>();
        for (var i = 0; i < UnitNames.Length; i++)
        {
            unitUsers.Add(NewUser($"unit{i + 1:00}", UnitNames[i]));
            Grant(unitUsers[^1], huaiyin, Role.HandlingUnit);
        }
        Grant(NewUser("qjp-staff", "清江浦办公室 周扬"), qjp, Role.OfficeStaff);
        string[] qjpMembers = ["钱志远", "蒋雅琴", "沈卫国"];
        for (var i = 0; i < qjpMembers.Length; i++)
            Grant(NewUser($"qjp-member{i + 1:00}", qjpMembers[i]), qjp, Role.Member);

        foreach (var c in new[] { national, province, city, huaiyin, qjp })
            foreach (var (date, kind, name) in Holidays2026)
                db.Add(new Holiday { CommitteeId = c.Id, Date = date, Kind = kind, Name = name });

        OrganizationDemo.Seed(db, huaiyin, qjp, members, leader);
        // A vice-chair signs in too (vice01): a lead leader of the plan's topics and the work list's tasks.
        var viceSeat = Tracked<Membership>(db, huaiyin.Id).Where(m => m.Role == MemberRole.ViceChair).OrderBy(m => m.MemberNo).First();
        var vicePerson = Tracked<Person>(db, huaiyin.Id).Single(x => x.Id == viceSeat.PersonId);
        var vice = NewUser("vice01", vicePerson.Name);
        Grant(vice, huaiyin, Role.Leader);
        vicePerson.UserId = vice.Id;
        // Each unit account is the clerk of the department it is named after.
        foreach (var (user, name) in unitUsers.Zip(UnitNames))
            db.Add(new GovOrgUser { CommitteeId = huaiyin.Id, UserId = user.Id, GovOrgId = Tracked<GovOrg>(db, huaiyin.Id).Single(o => o.Name == name).Id });
        MeetingsDemo.Seed(db, huaiyin.Id,
            Tracked<Membership>(db, huaiyin.Id).OrderBy(m => m.MemberNo).ToList(),
            Tracked<SpecialCommittee>(db, huaiyin.Id).OrderBy(c => c.SortOrder).ToList(),
            Tracked<SpecialCommitteeSeat>(db, huaiyin.Id).ToList(),
            Tracked<Village>(db, huaiyin.Id).OrderBy(v => v.Name).ToList(),
            Tracked<DutyGroup>(db, huaiyin.Id).ToList(),
            Web.Shanghai.ToLocal(now));
        GrassrootsDemo.Seed(db, huaiyin.Id,
            Tracked<Township>(db, huaiyin.Id).OrderBy(t => t.SortOrder).ToList(),
            Tracked<Village>(db, huaiyin.Id).OrderBy(v => v.Name).ToList(),
            Tracked<Membership>(db, huaiyin.Id).OrderBy(m => m.MemberNo).ToList(),
            Tracked<Meetings.Activity>(db, huaiyin.Id).ToList());
        var seatsWithLogin = Tracked<Membership>(db, huaiyin.Id)
            .Join(Tracked<Person>(db, huaiyin.Id).Where(x => x.UserId != null), m => m.PersonId, x => x.Id, (m, x) => (m.Id, User: x.UserId!.Value))
            .ToDictionary(x => x.Id, x => x.User);
        ProposalsDemo.Seed(db, huaiyin.Id, city.Id, Tracked<Membership>(db, huaiyin.Id).OrderBy(m => m.MemberNo).ToList(), seatsWithLogin,
            Tracked<GovOrg>(db, huaiyin.Id).ToList(), Tracked<Meetings.Campaign>(db, huaiyin.Id).Single(c => c.Year == 2023 && c.Quarter == 4), staff.Id);
        OpinionsDemo.Seed(db, huaiyin, city, province, national,
            Tracked<Membership>(db, huaiyin.Id).OrderBy(m => m.MemberNo)
                .Join(Tracked<Person>(db, huaiyin.Id), m => m.PersonId, x => x.Id, (m, x) => (m.Id, x.Name, x.UserId)).ToList(), staff.Id);
        PlansDemo.Seed(db, huaiyin.Id, Tracked<Membership>(db, huaiyin.Id).Where(m => m.Role is MemberRole.Chair or MemberRole.ViceChair)
                .OrderBy(m => m.Role).ThenBy(m => m.MemberNo).ToList(),
            Tracked<SpecialCommittee>(db, huaiyin.Id).ToList(), Tracked<Membership>(db, huaiyin.Id).OrderBy(m => m.MemberNo).ToList(), Web.Shanghai.ToLocal(now));
        LiaisonDemo.Seed(db, huaiyin.Id,
            Tracked<DutySector>(db, huaiyin.Id).OrderBy(d => d.SortOrder).ToList(),
            Tracked<Sector>(db, huaiyin.Id).ToList(),
            Tracked<Hall>(db, huaiyin.Id).ToList(),
            Tracked<Studio>(db, huaiyin.Id).ToList(),
            Tracked<Membership>(db, huaiyin.Id).OrderBy(m => m.MemberNo).ToList(),
            Web.Shanghai.Today(clock));

        foreach (var c in new[] { national, province, city, huaiyin, qjp })
            db.Add(new AuditEntry
            {
                CommitteeId = c.Id, ActorName = "系统", Action = "demo.seed", ActionLabel = "载入演示数据",
                RecordType = nameof(Committee), RecordId = c.Id.ToString(), Summary = "演示账号、角色、委员、组织架构与 2026 年节假日",
            });
        await db.SaveChangesAsync();

        // A first message in the inbox, so the header and the inbox page show what they are for.
        foreach (var (user, committee) in new[] { (staff, huaiyin), (leader, huaiyin) })
            db.Add(new Notification
            {
                CommitteeId = committee.Id, UserId = user.Id, Title = "欢迎使用协商政协履职平台",
                Body = "这里会收到会议通知、办理提醒和审批结果。", Link = "/help/workflows", CreatedAt = now,
            });
        await db.SaveChangesAsync();
    }
}

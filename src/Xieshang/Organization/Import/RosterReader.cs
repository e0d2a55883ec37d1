using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Xieshang.Platform.Data;

namespace Xieshang.Organization.Import;

/// <summary>A roster row that passed every check, resolved to this committee's records.</summary>
public sealed record RosterRow(int Row, MemberFields Fields, Choice Sector, Choice? DutyGroup, IReadOnlyList<Choice> Committees);

/// <summary>A member already on the roster, as the import compares and updates it.</summary>
sealed record ExistingMember(Membership Seat, Person Person, List<SpecialCommitteeSeat> Seats);

/// <summary>
/// Reads a roster file row by row (MiniExcel streams it; memory stays flat for large files) and checks each row with
/// the same rules as the member form, against this committee's sectors, duty groups and special committees and
/// against the roster already stored. Every problem names the row and the column.
/// </summary>
sealed class RosterReader
{
    readonly Dictionary<string, Choice> sectors;
    readonly ILookup<string, Choice> dutyGroups;
    readonly Dictionary<string, Choice> committees;
    readonly Dictionary<string, ExistingMember> byMemberNo;
    readonly Dictionary<string, (string Name, Guid PersonId)> byMobile;
    /// <summary>Login names and phones in use, with their login: a member whose number changes takes the login along.</summary>
    readonly Dictionary<string, Guid> loginKeys;
    readonly Dictionary<string, int> memberNosInFile = new(StringComparer.OrdinalIgnoreCase);
    readonly Dictionary<string, int> mobilesInFile = [];
    readonly int thisYear;

    RosterReader(Dictionary<string, Choice> sectors, ILookup<string, Choice> dutyGroups, Dictionary<string, Choice> committees,
        Dictionary<string, ExistingMember> byMemberNo, Dictionary<string, (string, Guid)> byMobile, Dictionary<string, Guid> loginKeys, int thisYear)
    {
        (this.sectors, this.dutyGroups, this.committees, this.byMemberNo, this.byMobile, this.loginKeys, this.thisYear) =
            (sectors, dutyGroups, committees, byMemberNo, byMobile, loginKeys, thisYear);
    }

    public IReadOnlyDictionary<string, ExistingMember> Existing => byMemberNo;

    /// <summary>Loads what the checks compare against: one query per table, for the current committee.</summary>
    public static async Task<RosterReader> LoadAsync(XieshangDb db, int thisYear, bool track, CancellationToken ct)
    {
        var seats = track ? db.Set<Membership>() : db.Set<Membership>().AsNoTracking();
        var people = track ? db.Set<Person>() : db.Set<Person>().AsNoTracking();
        var committeeSeats = track ? db.Set<SpecialCommitteeSeat>() : db.Set<SpecialCommitteeSeat>().AsNoTracking();
        var members = await seats.ToListAsync(ct);
        var persons = await people.ToDictionaryAsync(p => p.Id, ct);
        var seatsByMember = (await committeeSeats.ToListAsync(ct)).ToLookup(s => s.MembershipId);
        return new RosterReader(
            await db.Set<Sector>().AsNoTracking().ToDictionaryAsync(s => s.Name, s => new Choice(s.Id, s.Name), ct),
            (await db.Set<DutyGroup>().AsNoTracking().Select(g => new Choice(g.Id, g.Name)).ToListAsync(ct)).ToLookup(g => g.Name),
            await db.Set<SpecialCommittee>().AsNoTracking().ToDictionaryAsync(s => s.Name, s => new Choice(s.Id, s.Name), ct),
            members.ToDictionary(m => m.MemberNo, m => new ExistingMember(m, persons[m.PersonId], seatsByMember[m.Id].ToList()), StringComparer.OrdinalIgnoreCase),
            persons.Values.Where(p => p.Mobile != null).ToDictionary(p => p.Mobile!, p => (p.Name, p.Id)),
            await LoginKeysAsync(db, ct),
            thisYear);
    }

    static async Task<Dictionary<string, Guid>> LoginKeysAsync(XieshangDb db, CancellationToken ct)
    {
        var keys = new Dictionary<string, Guid>();
        foreach (var u in await db.Users.AsNoTracking().Select(u => new { u.Id, u.UserName, u.PhoneNumber }).ToListAsync(ct))
        {
            if (u.UserName != null) keys.TryAdd(u.UserName, u.Id);
            if (u.PhoneNumber != null) keys.TryAdd(u.PhoneNumber, u.Id);
        }
        return keys;
    }

    /// <summary>The header row's problems: missing required columns, or a sheet that is not a roster at all.</summary>
    public static (string? Sheet, List<ImportProblem> Problems) CheckHeader(Stream file)
    {
        var sheets = file.GetSheetNames();
        var sheet = sheets.Contains("委员名册") ? "委员名册" : sheets.FirstOrDefault();
        file.Position = 0;
        var headers = file.GetColumns(useHeaderRow: true, sheetName: sheet)?.Select(h => h?.ToString()?.Trim()).ToHashSet() ?? [];
        file.Position = 0;
        var problems = RosterTemplate.Required.Where(c => !headers.Contains(c))
            .Select(c => new ImportProblem(1, c, $"缺少必填列“{c}”。请使用下载的模板，第一行为列名。")).ToList();
        return (sheet, problems);
    }

    /// <summary>Rows of the sheet with their Excel row numbers; blank rows are skipped.</summary>
    public static IEnumerable<(int Row, IDictionary<string, object?> Cells)> Rows(Stream file, string? sheet)
    {
        var row = 1;
        foreach (IDictionary<string, object?> cells in file.Query(useHeaderRow: true, sheetName: sheet))
        {
            row++;
            if (cells.Values.All(v => v == null || v is string s && string.IsNullOrWhiteSpace(s))) continue;
            yield return (row, cells);
        }
    }

    /// <summary>Checks one row; the row back when it is good, otherwise its problems.</summary>
    public RosterRow? Check(int row, IDictionary<string, object?> cells, List<ImportProblem> problems)
    {
        var before = problems.Count;
        void Problem(string column, string message) => problems.Add(new ImportProblem(row, column, message));

        var gender = Text(cells, RosterTemplate.Gender) switch { "男" => Gender.Male, "女" => Gender.Female, null => (Gender?)null, _ => null };
        if (gender == null) Problem(RosterTemplate.Gender, Text(cells, RosterTemplate.Gender) is { } g ? $"“{g}”应为“男”或“女”。" : "请填写“男”或“女”。");
        int? birthYear = null;
        switch (Cell(cells, RosterTemplate.BirthYear))
        {
            case null: break;
            case DateTime d: birthYear = d.Year; break;
            case var v when int.TryParse(Text(v), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1000 and <= 9999: birthYear = y; break;
            case var v: Problem(RosterTemplate.BirthYear, $"“{Text(v)}”应为四位数字年份，如 1975。"); break;
        }
        var roleText = Text(cells, RosterTemplate.Role);
        var role = MemberRules.ParseRole(roleText);
        if (role == null) Problem(RosterTemplate.Role, $"“{roleText}”应为委员、主席、副主席或秘书长。");
        var standingText = Text(cells, RosterTemplate.Standing);
        bool? standing = standingText switch { null or "否" or "0" or "FALSE" or "False" => false, "是" or "1" or "TRUE" or "True" => true, _ => null };
        if (standing == null) Problem(RosterTemplate.Standing, $"“{standingText}”应为“是”或“否”。");

        var fields = new MemberFields(Text(cells, RosterTemplate.Name) ?? "", gender ?? Gender.Male, birthYear, Text(cells, RosterTemplate.Party) ?? "",
            MemberRules.NormalizeMobile(Text(cells, RosterTemplate.Mobile)), Text(cells, RosterTemplate.Employer), Text(cells, RosterTemplate.JobTitle),
            Text(cells, RosterTemplate.Term) ?? "", Text(cells, RosterTemplate.MemberNo) ?? "", role ?? MemberRole.Member, standing ?? false);
        foreach (var e in MemberRules.Check(fields, thisYear)) Problem(e.Field, e.Message);

        byMemberNo.TryGetValue(fields.MemberNo, out var existing);
        if (existing != null && existing.Seat.Status != MembershipStatus.Active)
            Problem(RosterTemplate.MemberNo, $"{fields.MemberNo}（{existing.Person.Name}）已离任；请先在其档案中恢复委员资格，或删去此行。");
        if (fields.MemberNo.Length > 0 && !memberNosInFile.TryAdd(fields.MemberNo, row))
            Problem(RosterTemplate.MemberNo, $"{fields.MemberNo} 与第 {memberNosInFile[fields.MemberNo]} 行重复。");
        if (fields.Mobile != null)
        {
            if (!mobilesInFile.TryAdd(fields.Mobile, row))
                Problem(RosterTemplate.Mobile, $"{fields.Mobile} 与第 {mobilesInFile[fields.Mobile]} 行重复；一个号码只能属于一位委员。");
            else if (byMobile.TryGetValue(fields.Mobile, out var holder) && holder.PersonId != existing?.Person.Id)
                Problem(RosterTemplate.Mobile, $"{fields.Mobile} 已登记为{holder.Name}的手机号；一个号码只能属于一位委员。");
            else if (existing?.Person is { UserId: { } login } person && person.Mobile != fields.Mobile
                     && loginKeys.TryGetValue(fields.Mobile, out var other) && other != login)
                Problem(RosterTemplate.Mobile, $"{fields.Mobile} 已是另一个登录账号的用户名或手机号。");
        }
        else if (existing?.Person is { UserId: not null, Mobile: not null })
            Problem(RosterTemplate.Mobile, "该委员已开通以手机号登录的账号，手机号不能清空。");

        var sectorName = Text(cells, RosterTemplate.Sector);
        Choice? sector = null;
        if (sectorName == null) Problem(RosterTemplate.Sector, "请填写界别。");
        else if (!sectors.TryGetValue(sectorName, out sector)) Problem(RosterTemplate.Sector, $"“{sectorName}”不是本政协的界别（见模板“界别”表）。");

        Choice? group = null;
        if (Text(cells, RosterTemplate.DutyGroup) is { } groupName)
        {
            var found = dutyGroups[groupName].ToList();
            if (found.Count == 1) group = found[0];
            else Problem(RosterTemplate.DutyGroup, found.Count == 0 ? $"“{groupName}”不是本政协的履职小组（见模板“履职小组”表）。" : $"有 {found.Count} 个履职小组都叫“{groupName}”，请先在组织架构中区分名称。");
        }
        var chosen = new List<Choice>();
        foreach (var name in (Text(cells, RosterTemplate.SpecialCommittees) ?? "").Split(['、', '，', ',', '；', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct())
        {
            if (committees.TryGetValue(name, out var c)) chosen.Add(c);
            else Problem(RosterTemplate.SpecialCommittees, $"“{name}”不是本政协的专委会（见模板“专委会”表）。");
        }
        return problems.Count == before ? new RosterRow(row, fields, sector!, group, chosen) : null;
    }

    static object? Cell(IDictionary<string, object?> cells, string column) =>
        cells.TryGetValue(column, out var v) && !(v is string s && string.IsNullOrWhiteSpace(s)) ? v : null;

    static string? Text(IDictionary<string, object?> cells, string column) => Cell(cells, column) is { } v ? Text(v) : null;

    /// <summary>A cell as text: numbers as typed (a mobile number stored as a number has no decimals), dates as dates.</summary>
    static string Text(object v) => v switch
    {
        string s => s.Trim(),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => d.ToString("0", CultureInfo.InvariantCulture),
        double d => d.ToString(CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        _ => Convert.ToString(v, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };
}

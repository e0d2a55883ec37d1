using MiniExcelLibs;

namespace Xieshang.Organization.Import;

/// <summary>The roster's columns (Chinese headers) and the template staff download to fill in.</summary>
public static class RosterTemplate
{
    public const string Name = "姓名", Gender = "性别", BirthYear = "出生年份", Party = "政治面貌", Mobile = "手机号", Employer = "工作单位",
        JobTitle = "职务", Term = "届次", MemberNo = "委员证号", Role = "政协职务", Standing = "常委", Sector = "界别", DutyGroup = "履职小组",
        SpecialCommittees = "专委会";

    public static readonly string[] Columns = [MemberNo, Name, Gender, BirthYear, Party, Mobile, Employer, JobTitle, Term, Role, Standing, Sector, DutyGroup, SpecialCommittees];
    public static readonly string[] Required = [MemberNo, Name, Gender, Party, Term, Sector];

    public static byte[] Build(IReadOnlyList<string> sectors, IReadOnlyList<string> dutyGroups, IReadOnlyList<string> committees, string term)
    {
        var example = new Dictionary<string, object?>
        {
            [MemberNo] = "HY0999", [Name] = "张某某", [Gender] = "男", [BirthYear] = 1975, [Party] = "中共党员", [Mobile] = "13800000000",
            [Employer] = "淮阴区某单位", [JobTitle] = "主任", [Term] = term, [Role] = "委员", [Standing] = "否",
            [Sector] = sectors.FirstOrDefault() ?? "", [DutyGroup] = dutyGroups.FirstOrDefault() ?? "",
            [SpecialCommittees] = committees.FirstOrDefault() ?? "",
        };
        var notes = new List<Dictionary<string, object?>>
        {
            Note(MemberNo, "必填；本政协内唯一。已有的证号按该委员更新，新的证号新增委员。"),
            Note(Name, "必填，不超过 50 字。"),
            Note(Gender, "必填：男 或 女。"),
            Note(BirthYear, "选填：四位数字，如 1975。"),
            Note(Party, "必填：如 中共党员、民革党员、无党派人士。"),
            Note(Mobile, "选填：11 位手机号；一个号码只能属于一位委员；开通登录账号时用作登录名。"),
            Note(Term, "必填：如 第十届。"),
            Note(Role, "选填：委员（默认）、主席、副主席、秘书长。"),
            Note(Standing, "选填：是 或 否（默认否）。"),
            Note(Sector, "必填：见“界别”表。"),
            Note(DutyGroup, "选填：见“履职小组”表。"),
            Note(SpecialCommittees, "选填：见“专委会”表；多个用顿号“、”分隔。"),
            Note("其他", "第一行为列名，请勿修改；示例行请删除；每次最多导入 " + RosterImports.MaxRows.ToString("N0") + " 行。"),
        };
        var sheets = new Dictionary<string, object>
        {
            ["委员名册"] = new[] { example },
            ["填写说明"] = notes,
            ["界别"] = sectors.Select(s => new Dictionary<string, object?> { [Sector] = s }).ToList(),
            ["履职小组"] = dutyGroups.Select(s => new Dictionary<string, object?> { [DutyGroup] = s }).ToList(),
            ["专委会"] = committees.Select(s => new Dictionary<string, object?> { [SpecialCommittees] = s }).ToList(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();

        static Dictionary<string, object?> Note(string column, string text) => new() { ["列"] = column, ["填写要求"] = text };
    }
}

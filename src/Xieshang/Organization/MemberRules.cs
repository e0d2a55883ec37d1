using System.Text.RegularExpressions;

namespace Xieshang.Organization;

/// <summary>A problem with one field of a member's record; <see cref="Field"/> is the column header of the roster template.</summary>
public sealed record FieldError(string Field, string Message)
{
    public override string ToString() => $"{Field}：{Message}";
}

/// <summary>The person and seat fields of a member, after parsing, before they touch the database.</summary>
public sealed record MemberFields(
    string Name, Gender Gender, int? BirthYear, string Party, string? Mobile, string? Employer, string? JobTitle,
    string Term, string MemberNo, MemberRole Role, bool IsStanding)
{
    public void ApplyTo(Person p)
    {
        p.Name = Name; p.Gender = Gender; p.BirthYear = BirthYear; p.Party = Party; p.Mobile = Mobile;
        p.Employer = Employer; p.JobTitle = JobTitle;
    }

    public void ApplyTo(Membership m)
    {
        m.Term = Term; m.MemberNo = MemberNo; m.Role = Role; m.IsStanding = IsStanding;
    }
}

/// <summary>
/// The rules a member's record must keep, shared by the form, the API and the roster import so that all three say the
/// same thing about the same value. Uniqueness and references need the database and are checked by the callers.
/// </summary>
public static partial class MemberRules
{
    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex MobilePattern();

    public static string? NormalizeMobile(string? mobile)
    {
        var digits = mobile?.Replace(" ", "").Replace("-", "").Trim();
        return string.IsNullOrEmpty(digits) ? null : digits;
    }

    public static IEnumerable<FieldError> Check(MemberFields f, int thisYear)
    {
        if (f.Name.Length == 0) yield return new("姓名", "请填写姓名。");
        else if (f.Name.Length > 50) yield return new("姓名", "不超过 50 字。");
        if (f.Party.Length == 0) yield return new("政治面貌", "请填写政治面貌，如“中共党员”“无党派人士”。");
        else if (f.Party.Length > 30) yield return new("政治面貌", "不超过 30 字。");
        if (f.Mobile != null && !MobilePattern().IsMatch(f.Mobile)) yield return new("手机号", $"“{f.Mobile}”不是 11 位手机号。");
        if (f.BirthYear is { } y && (y < thisYear - 110 || y > thisYear - 18)) yield return new("出生年份", $"{y} 不在合理范围（{thisYear - 110}–{thisYear - 18}）。");
        if (f.Employer?.Length > 100) yield return new("工作单位", "不超过 100 字。");
        if (f.JobTitle?.Length > 100) yield return new("职务", "不超过 100 字。");
        if (f.Term.Length == 0) yield return new("届次", "请填写届次，如“第十届”。");
        else if (f.Term.Length > 20) yield return new("届次", "不超过 20 字。");
        if (f.MemberNo.Length == 0) yield return new("委员证号", "请填写委员证号。");
        else if (f.MemberNo.Length > 20) yield return new("委员证号", "不超过 20 个字符。");
    }

    public static string Label(MemberRole role) => role switch
    {
        MemberRole.Chair => "主席",
        MemberRole.ViceChair => "副主席",
        MemberRole.SecretaryGeneral => "秘书长",
        _ => "委员",
    };

    public static MemberRole? ParseRole(string? text) => text?.Trim() switch
    {
        null or "" or "委员" => MemberRole.Member,
        "主席" => MemberRole.Chair,
        "副主席" => MemberRole.ViceChair,
        "秘书长" => MemberRole.SecretaryGeneral,
        _ => null,
    };
}

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;

namespace Xieshang.Organization;

/// <summary>
/// Keeps a member's login on their mobile number when the number changes: the login's phone follows, and a login
/// named after the old number is renamed to the new one. Logins span committees, so a number another login already
/// uses is refused. Runs inside the caller's save: the card and the login change together or not at all.
/// </summary>
public static class MemberLogin
{
    /// <summary>The problem, or null when the login (if any) was brought along.</summary>
    public static async Task<string?> FollowMobileAsync(XieshangDb db, ILookupNormalizer normalizer, Person person, string? oldMobile, CancellationToken ct)
    {
        if (person.UserId is not { } userId || person.Mobile == oldMobile) return null;
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user == null) return null;
        if (person.Mobile == null) return "该委员已开通以手机号登录的账号，手机号不能清空。";
        var normalized = normalizer.NormalizeName(person.Mobile);
        if (await db.Users.AnyAsync(u => u.Id != userId && (u.NormalizedUserName == normalized || u.PhoneNumber == person.Mobile), ct))
            return $"{person.Mobile} 已是另一个登录账号的用户名或手机号。";
        if (user.UserName == oldMobile)
        {
            user.UserName = person.Mobile;
            user.NormalizedUserName = normalized;
        }
        user.PhoneNumber = person.Mobile;
        return null;
    }
}

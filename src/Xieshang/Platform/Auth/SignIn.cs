using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;

namespace Xieshang.Platform.Auth;

public sealed record LoginRequest(
    [property: Required(ErrorMessage = "请输入用户名或手机号。"), MaxLength(100)] string UserName,
    [property: Required(ErrorMessage = "请输入密码。"), MaxLength(200)] string Password,
    [property: MaxLength(20)] string? TwoFactorCode = null);

/// <summary>
/// Checks a user name (or phone number) and password, with lockout and the optional authenticator code.
/// The login page and POST /api/v1/auth/login both call it; they differ only in how they sign in (cookie or token).
/// </summary>
public sealed class SignIn(XieshangDb db, UserManager<User> users, SignInManager<User> signIn)
{
    public const string WrongCredentials = "用户名或密码错误。";
    public const string TwoFactorRequired = "请输入手机验证器上的 6 位动态验证码。";

    public async Task<Result<User>> CheckAsync(LoginRequest request, CancellationToken ct = default)
    {
        var name = request.UserName.Trim();
        var user = await users.FindByNameAsync(name)
                   ?? await db.Users.SingleOrDefaultAsync(u => u.PhoneNumber == name, ct);
        if (user == null) return new Unauthorized(WrongCredentials);
        if (!user.IsActive) return new Unauthorized("账号已停用，请联系政协办公室。");

        var check = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (!check.Succeeded && !check.IsLockedOut && !check.IsNotAllowed)
        {
            // Identity answers "failed" for a correct password when clearing the failed-attempt counter collides with
            // a concurrent sign-in of the same account. Reload and retry once — only if the password really is right,
            // so a wrong one is never counted twice.
            await db.Entry(user).ReloadAsync(ct);
            if (await users.CheckPasswordAsync(user, request.Password))
                check = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        }
        if (check.IsLockedOut) return LockedOut(user);
        if (!check.Succeeded) return new Unauthorized(WrongCredentials);

        if (user.TwoFactorEnabled)
        {
            if (string.IsNullOrWhiteSpace(request.TwoFactorCode)) return new Unauthorized(TwoFactorRequired);
            var code = request.TwoFactorCode.Replace(" ", "");
            // A six-digit code from the app, or one of the recovery codes given when two-factor was turned on.
            var valid = code.Length == 6
                ? await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code)
                : (await users.RedeemTwoFactorRecoveryCodeAsync(user, code)).Succeeded;
            if (!valid)
            {
                await users.AccessFailedAsync(user);
                return await users.IsLockedOutAsync(user) ? LockedOut(user) : new Unauthorized("动态验证码不正确。");
            }
        }
        return user;
    }

    /// <summary>Whether the user holds an office-side role in any committee (they must use two-factor where required).</summary>
    public Task<bool> IsStaffAnywhereAsync(User user, CancellationToken ct) =>
        db.Set<CommitteeRole>().IgnoreQueryFilters().AnyAsync(r => r.UserId == user.Id && Roles.Staff.Contains(r.Role), ct);

    static Unauthorized LockedOut(User user)
    {
        var minutes = user.LockoutEnd is { } end ? Math.Max(1, (int)Math.Ceiling((end - DateTimeOffset.UtcNow).TotalMinutes)) : 15;
        return new Unauthorized($"密码错误次数过多，账号已锁定，请 {minutes} 分钟后再试。");
    }

    public async Task<ClaimsPrincipal> PrincipalAsync(User user, string scheme, bool usedTwoFactor)
    {
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, scheme);
        if (usedTwoFactor) identity.AddClaim(new Claim("amr", "mfa"));
        return new ClaimsPrincipal(identity);
    }
}

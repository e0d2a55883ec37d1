using Microsoft.AspNetCore.Identity;
using QRCoder;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Platform.Account;

public sealed record AuthenticatorSetup(string Key, string QrDataUri);

/// <summary>
/// Authenticator-app (TOTP) two-factor sign-in for the signed-in user: set up with a key and QR code, confirm with a
/// code, get recovery codes once, turn off with a code. Staff roles must use it in Production.
/// </summary>
public sealed class TwoFactor(UserManager<User> users, XieshangDb db, RequestContext ctx)
{
    public const string Issuer = "协商";

    public static bool Required(IConfiguration config, IHostEnvironment env) =>
        config.GetValue<bool?>("Security:RequireTwoFactorForStaff") ?? env.IsProduction();

    async Task<User> Me() => (await users.FindByIdAsync(ctx.UserId!.Value.ToString()))!;

    public async Task<bool> IsEnabledAsync() => await users.GetTwoFactorEnabledAsync(await Me());

    /// <summary>The key to enter in the app (made on first use, kept until confirmed) and its QR code.</summary>
    public async Task<AuthenticatorSetup> SetupAsync(bool newKey)
    {
        var user = await Me();
        var key = newKey ? null : await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.UserName!)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        var png = new PngByteQRCode(new QRCodeGenerator().CreateQrCode(uri, QRCodeGenerator.ECCLevel.M)).GetGraphic(6);
        return new AuthenticatorSetup(key, "data:image/png;base64," + Convert.ToBase64String(png));
    }

    /// <summary>Turns two-factor on when the code from the app matches; answers the recovery codes (shown once).</summary>
    public async Task<Result<IReadOnlyList<string>>> EnableAsync(string code)
    {
        var user = await Me();
        code = (code ?? "").Replace(" ", "").Replace("-", "");
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            return new Invalid("验证码不正确，请核对手机上的时间后重试。");
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 8))!.ToList();
        await AuditAsync("platform.account.2fa.enable", "开启两步验证");
        return codes;
    }

    public async Task<Result<bool>> DisableAsync(string code)
    {
        var user = await Me();
        code = (code ?? "").Replace(" ", "");
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            return new Invalid("验证码不正确。");
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await AuditAsync("platform.account.2fa.disable", "关闭两步验证");
        return true;
    }

    public async Task<Result<bool>> ChangePasswordAsync(string current, string next, string confirm)
    {
        if (next != confirm) return new Invalid("两次输入的新密码不一致。");
        var result = await users.ChangePasswordAsync(await Me(), current ?? "", next ?? "");
        if (!result.Succeeded) return new Invalid(string.Join(" ", result.Errors.Select(e => e.Description)));
        await AuditAsync("platform.account.password", "修改密码");
        return true;
    }

    async Task AuditAsync(string action, string label)
    {
        if (ctx.CommitteeId == null) return;
        db.Add(new AuditEntry { Action = action, ActionLabel = label, RecordType = nameof(User), RecordId = ctx.UserId!.Value.ToString(), Summary = label });
        await db.SaveChangesAsync();
    }
}

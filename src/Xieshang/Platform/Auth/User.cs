using Microsoft.AspNetCore.Identity;

namespace Xieshang.Platform.Auth;

/// <summary>A login. A person may act in several committees; <see cref="CommitteeRole"/> says in which and as what.</summary>
public sealed class User : IdentityUser<Guid>
{
    public User() => Id = Guid.CreateVersion7();

    /// <summary>The name shown in the UI and in audit entries (never in logs).</summary>
    public string DisplayName { get; set; } = "";
    public bool IsActive { get; set; } = true;
    public DateTime CreatedAt { get; set; }
}

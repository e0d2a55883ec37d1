using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Platform.Data;

/// <summary>
/// The one database context. Provider-specific subclasses exist only so that each provider has its own migration set.
/// The context is pooled: per-request state (who, which committee) is bound by <see cref="Bind"/> each time a
/// request leases an instance and cleared when it returns to the pool.
/// </summary>
public abstract class XieshangDb(DbContextOptions options)
    : IdentityUserContext<User, Guid>(options), IDataProtectionKeyContext
{
    RequestContext? _request;

    /// <summary>The request this instance serves; null for background work that has bound nothing yet.</summary>
    public RequestContext? Request => _request;

    // Read by the global query filter; EF parameterises it per query, so a pooled instance re-bound to another
    // committee filters by the new value.
    internal Guid CurrentCommitteeId => _request?.CommitteeId ?? Guid.Empty;

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public void Bind(RequestContext request) => _request = request;

    /// <summary>The change topics saved but not yet announced (<see cref="ChangeAnnouncer"/>): kept until the commit.</summary>
    internal HashSet<(string Topic, Guid Committee)> PendingChanges { get; } = [];

    public override void Dispose() { _request = null; PendingChanges.Clear(); base.Dispose(); }
    public override ValueTask DisposeAsync() { _request = null; PendingChanges.Clear(); return base.DisposeAsync(); }

    protected override void ConfigureConventions(ModelConfigurationBuilder b)
    {
        b.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        b.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
        b.Properties<decimal>().HavePrecision(18, 2);
    }

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        b.Entity<User>(e =>
        {
            e.ToTable("platform_user");
            e.Property(u => u.DisplayName).HasMaxLength(50);
            e.HasIndex(u => u.PhoneNumber).IsUnique();
        });
        b.Entity<IdentityUserClaim<Guid>>().ToTable("platform_user_claim");
        b.Entity<IdentityUserLogin<Guid>>().ToTable("platform_user_login");
        b.Entity<IdentityUserToken<Guid>>().ToTable("platform_user_token");
        b.Entity<DataProtectionKey>().ToTable("platform_data_protection_key");

        b.ApplyConfigurationsFromAssembly(typeof(XieshangDb).Assembly);

        foreach (var type in b.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType)))
        {
            b.Entity(type.ClrType).HasIndex(nameof(ITenantOwned.CommitteeId));
            b.Entity(type.ClrType).HasQueryFilter(TenantFilter(type.ClrType));
        }
        foreach (var type in b.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
            b.Entity(type.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
    }

    LambdaExpression TenantFilter(Type entity)
    {
        var e = Expression.Parameter(entity, "e");
        var owner = Expression.Property(e, nameof(ITenantOwned.CommitteeId));
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentCommitteeId));
        return Expression.Lambda(Expression.Equal(owner, current), e);
    }
}

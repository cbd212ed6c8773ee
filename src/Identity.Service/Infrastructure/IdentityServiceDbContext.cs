using APPlatform.Identity.Model;
using APPlatform.ServiceDefaults.Persistence;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Identity.Infrastructure;

/// <summary>
/// People, their roles and sign-in data (ASP.NET Core Identity) and OpenIddict's applications, authorizations, scopes
/// and tokens, in one database (identitydb).
/// </summary>
public sealed class IdentityServiceDbContext(DbContextOptions<IdentityServiceDbContext> options)
    : IdentityDbContext<PlatformUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<OrganisationPolicy> OrganisationPolicies => Set<OrganisationPolicy>();

    /// <summary>The key ring that protects sign-in cookies and antiforgery tokens, shared by every replica.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict();
        builder.ApplyConfigurationsFromAssembly(typeof(IdentityServiceDbContext).Assembly);
        builder.AddPlatformTables();
    }
}

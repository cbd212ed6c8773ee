using APPlatform.Identity.Model;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Persistence;
using APPlatform.Identity.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Core;
using OpenIddict.EntityFrameworkCore.Models;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace APPlatform.Identity.Clients;

/// <summary>
/// Makes OpenIddict's applications match the configuration at every start (Identity:Clients and Identity:WebClient):
/// creates the missing, updates the rest, and stores each system client's PBKDF2 hash as configured (never a plain
/// secret). Also makes sure every role a person may hold exists. Replicas take turns under an advisory lock.
/// </summary>
internal sealed class ClientSeeder(IServiceScopeFactory scopes, IOptions<IdentityServiceOptions> options) : IHostedService
{
    private const long SeedLock = 0x4150_4964_436c_6e74; // "APIdClnt"

    public static readonly string[] PlatformApiScopes =
        [PlatformScopes.Directory, PlatformScopes.Referrals, PlatformScopes.Attendance, PlatformScopes.Notifications];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<IdentityServiceDbContext>();
        await db.Database.RunExclusivelyAsync(SeedLock, async () =>
        {
            var applications = new Applications(
                services.GetRequiredService<OpenIddictApplicationManager<OpenIddictEntityFrameworkCoreApplication>>(),
                services.GetRequiredService<IOpenIddictApplicationStore<OpenIddictEntityFrameworkCoreApplication>>());
            foreach (var (clientId, client) in options.Value.Clients)
            {
                await UpsertAsync(applications, SystemClient(clientId, client), client.SecretHash, cancellationToken);
            }

            if (options.Value.WebClient is { Secret: { Length: > 0 } secret } web)
            {
                await UpsertAsync(applications, WebClient(web), ClientSecretHasher.Hash(secret), cancellationToken);
            }

            var roles = services.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
            foreach (var role in OrganisationRoles.All)
            {
                if (!await roles.RoleExistsAsync(role))
                {
                    await roles.CreateAsync(new IdentityRole<Guid>(role));
                }
            }
        }, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private sealed record Applications(
        OpenIddictApplicationManager<OpenIddictEntityFrameworkCoreApplication> Manager,
        IOpenIddictApplicationStore<OpenIddictEntityFrameworkCoreApplication> Store);

    /// <summary>
    /// Through the store for the secret: the manager would hash it again, and the configuration already holds the hash.
    /// </summary>
    private static async Task UpsertAsync(
        Applications applications, OpenIddictApplicationDescriptor descriptor, string secretHash, CancellationToken cancellationToken)
    {
        var (manager, store) = applications;
        var application = await manager.FindByClientIdAsync(descriptor.ClientId!, cancellationToken);
        var isNew = application is null;
        application ??= await store.InstantiateAsync(cancellationToken);
        await manager.PopulateAsync(application, descriptor, cancellationToken);
        await store.SetClientSecretAsync(application, secretHash, cancellationToken);
        if (isNew)
        {
            await store.CreateAsync(application, cancellationToken);
        }
        else
        {
            await store.UpdateAsync(application, cancellationToken);
        }
    }

    private static OpenIddictApplicationDescriptor SystemClient(string clientId, ClientRegistration client)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientType = ClientTypes.Confidential,
            DisplayName = client.Description,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        var scopes = client.ActsForSchools ? client.Scopes.Append(PlatformScopes.ParentLetters).Distinct() : client.Scopes;
        descriptor.Permissions.UnionWith(scopes.Select(scope => Permissions.Prefixes.Scope + scope));
        return descriptor;
    }

    private static OpenIddictApplicationDescriptor WebClient(WebClientRegistration web)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = WebClientRegistration.ClientId,
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "APPlatform web application",
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Email,
                Permissions.Prefixes.Scope + Scopes.OfflineAccess,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        descriptor.Permissions.UnionWith(PlatformApiScopes.Select(scope => Permissions.Prefixes.Scope + scope));
        descriptor.RedirectUris.UnionWith(web.RedirectUris.Select(uri => new Uri(uri)));
        descriptor.PostLogoutRedirectUris.UnionWith(web.PostLogoutRedirectUris.Select(uri => new Uri(uri)));
        return descriptor;
    }
}

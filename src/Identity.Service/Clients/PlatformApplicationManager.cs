using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Core;

namespace APPlatform.Identity.Clients;

/// <summary>
/// OpenIddict's application manager with the platform's client secrets: PBKDF2 hashes in the
/// <see cref="ClientSecretHasher"/> format (what Identity:Clients holds, so the hashes made for the gateway stay valid),
/// checked at most a few at once (<see cref="SecretChecks"/>), and an unknown client id costing as long as a known one.
/// </summary>
public sealed class PlatformApplicationManager<TApplication>(
    IOpenIddictApplicationCache<TApplication> cache,
    ILogger<OpenIddictApplicationManager<TApplication>> logger,
    IOptionsMonitor<OpenIddictCoreOptions> options,
    IOpenIddictApplicationStore<TApplication> store,
    SecretChecks secretChecks)
    : OpenIddictApplicationManager<TApplication>(cache, logger, options, store)
    where TApplication : class
{
    public override async ValueTask<TApplication?> FindByClientIdAsync(string identifier, CancellationToken cancellationToken = default)
    {
        var application = await base.FindByClientIdAsync(identifier, cancellationToken);
        if (application is null)
        {
            // As long as a real check, so that timing does not tell which client ids exist.
            await secretChecks.VerifyAsync(identifier, hash: null, cancellationToken);
        }

        return application;
    }

    protected override ValueTask<string> ObfuscateClientSecretAsync(string secret, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ClientSecretHasher.Hash(secret));

    protected override async ValueTask<bool> ValidateClientSecretAsync(string secret, string comparand, CancellationToken cancellationToken = default) =>
        await secretChecks.VerifyAsync(secret, comparand, cancellationToken);
}

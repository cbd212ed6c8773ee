using Microsoft.Extensions.Options;

namespace APPlatform.Gateway.Tokens;

/// <summary>
/// PBKDF2 is slow on purpose, so a flood of token requests would take every core from the proxy. A few checks run at
/// once; a request that finds no slot free within a moment is turned away rather than queued behind the flood.
/// </summary>
public sealed class SecretChecks(IOptions<GatewayOptions> options) : IDisposable
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromMilliseconds(250);
    private readonly SemaphoreSlim slots = new(options.Value.Tokens.ConcurrentSecretChecks);

    /// <returns>Whether the secret matches the hash, or null when every slot stayed busy.</returns>
    public async Task<bool?> TryVerifyAsync(string secret, string hash, CancellationToken cancellationToken)
    {
        if (!await slots.WaitAsync(LongestWait, cancellationToken))
        {
            return null;
        }

        try
        {
            return ClientSecretHasher.Verify(secret, hash);
        }
        finally
        {
            slots.Release();
        }
    }

    public void Dispose() => slots.Dispose();
}

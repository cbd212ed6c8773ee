using Microsoft.Extensions.Options;

namespace APPlatform.Identity.Clients;

/// <summary>
/// PBKDF2 is slow on purpose, so a flood of token requests would take every core. A few checks run at once; a request
/// that finds no slot free within a moment is turned away (503 temporarily_unavailable, see <see cref="TokenResponses"/>)
/// rather than queued behind the flood.
/// </summary>
public sealed class SecretChecks(IOptions<IdentityServiceOptions> options, IHttpContextAccessor requests) : IDisposable
{
    /// <summary>Set on the request whose check found no slot: its answer becomes 503.</summary>
    public const string BusyItem = "APPlatform.SecretChecks.Busy";

    private static readonly TimeSpan LongestWait = TimeSpan.FromMilliseconds(250);

    // Verifying against this when the client id is unknown takes as long as a real check, so timing does not reveal ids.
    private static readonly string unknownClientHash = ClientSecretHasher.Hash(Guid.NewGuid().ToString());

    private readonly SemaphoreSlim slots = new(options.Value.ConcurrentSecretChecks);

    /// <returns>Whether <paramref name="secret"/> matches <paramref name="hash"/> (never when it is null); false too when
    /// every slot stayed busy, and the request is marked for a 503.</returns>
    public async Task<bool> VerifyAsync(string secret, string? hash, CancellationToken cancellationToken)
    {
        if (!await slots.WaitAsync(LongestWait, cancellationToken))
        {
            if (requests.HttpContext is { } request)
            {
                request.Items[BusyItem] = true;
            }

            return false;
        }

        try
        {
            return ClientSecretHasher.Verify(secret, hash ?? unknownClientHash) && hash is not null;
        }
        finally
        {
            slots.Release();
        }
    }

    public void Dispose() => slots.Dispose();
}

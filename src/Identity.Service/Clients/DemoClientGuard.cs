namespace APPlatform.Identity.Clients;

/// <summary>
/// The demo clients' secrets are public (each is "&lt;client id&gt;-secret", written in the README) and demo-admin reads
/// every child's record, so they exist for a local run only: outside Development the identity service refuses to start
/// while one is configured, rather than let a deployment started the default way be entered with a published secret.
/// </summary>
public static class DemoClientGuard
{
    public const string Prefix = "demo-";

    /// <exception cref="InvalidOperationException">A demo client is configured outside Development.</exception>
    public static void EnsureNoneOutsideDevelopment(IHostEnvironment environment, IdentityServiceOptions options)
    {
        var demo = options.Clients
            .Where(client => client.Value.Demo || client.Key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            .Select(client => client.Key)
            .ToList();
        if (demo.Count > 0 && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"The identity service runs in {environment.EnvironmentName} with demo clients configured ({string.Join(", ", demo)}), " +
                "whose secrets are public: remove them from Identity:Clients. They belong to a local run (./run.sh runs in Development).");
        }
    }
}

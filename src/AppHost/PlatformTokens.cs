using System.Security.Cryptography;
using APPlatform.AppHost.Servers;
using APPlatform.Gateway.Tokens;

namespace APPlatform.AppHost;

/// <summary>
/// Who may sign the platform's tokens and who may only check them. The gateway alone gets the private key; the
/// services get its public half. The key is generated once and kept with the data, so tokens outlive a restart.
/// </summary>
internal sealed class PlatformTokens
{
    private const string SchoolTokenClient = "notification-service";
    private readonly IResourceBuilder<ParameterResource> signingKey;
    private readonly string publicKey;
    private readonly IResourceBuilder<ParameterResource> schoolTokenSecret;
    private readonly string schoolTokenSecretHash;

    public PlatformTokens(IDistributedApplicationBuilder builder, string dataDirectory)
    {
        var privateKey = SecretFile.ReadOrCreate(
            Path.Combine(dataDirectory, "gateway-signing-key.pem"), () => ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem());
        using var key = ECDsa.Create();
        key.ImportFromPem(privateKey);
        publicKey = key.ExportSubjectPublicKeyInfoPem();
        signingKey = builder.AddParameter("gateway-signing-key", privateKey, secret: true);
        var secret = SecretFile.ReadOrCreate(Path.Combine(dataDirectory, "notification-client-secret"), 32, Convert.ToHexString);
        schoolTokenSecret = builder.AddParameter("notification-client-secret", secret, secret: true);
        schoolTokenSecretHash = ClientSecretHasher.Hash(secret);
    }

    /// <summary>A service: checks tokens with the gateway's public key.</summary>
    public IResourceBuilder<ProjectResource> Verifying(IResourceBuilder<ProjectResource> service) =>
        service.WithEnvironment("Authentication__Jwt__PublicKeys__0", publicKey);

    /// <summary>
    /// The gateway: signs with the private key, and knows Notification.Service as a client that acts for a school for
    /// one letter at a time (decision 0007) by the hash of a secret only Notification is given.
    /// </summary>
    public IResourceBuilder<ProjectResource> Issuing(IResourceBuilder<ProjectResource> gateway) =>
        gateway
            .WithEnvironment("Gateway__Tokens__SigningKey", signingKey)
            .WithEnvironment($"Gateway__Clients__{SchoolTokenClient}__SecretHash", schoolTokenSecretHash)
            .WithEnvironment($"Gateway__Clients__{SchoolTokenClient}__ActsForSchools", "true")
            .WithEnvironment($"Gateway__Clients__{SchoolTokenClient}__Scopes__0", "parent-letters");

    /// <summary>Notification.Service: asks the gateway for letter tokens, with its own client secret.</summary>
    public IResourceBuilder<ProjectResource> ActingForSchools(IResourceBuilder<ProjectResource> notification, IResourceBuilder<ProjectResource> gateway) =>
        notification
            .WithReference(gateway)
            .WithEnvironment("Notification__TokenClient__ClientId", SchoolTokenClient)
            .WithEnvironment("Notification__TokenClient__ClientSecret", schoolTokenSecret);
}

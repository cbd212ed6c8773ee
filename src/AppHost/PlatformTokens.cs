using System.Security.Cryptography;
using APPlatform.AppHost.Servers;
using APPlatform.Identity.Clients;

namespace APPlatform.AppHost;

/// <summary>
/// Who may sign the platform's tokens and who may only check them. The identity provider alone gets the private key;
/// the gateway and the services get its public half. Keys and secrets are generated once and kept with the data, so
/// tokens, sessions and the web application's client outlive a restart.
/// </summary>
internal sealed class PlatformTokens
{
    private const string SchoolTokenClient = "notification-service";
    private readonly IResourceBuilder<ParameterResource> signingKey;
    private readonly IResourceBuilder<ParameterResource> encryptionKey;
    private readonly string publicKey;
    private readonly IResourceBuilder<ParameterResource> schoolTokenSecret;
    private readonly string schoolTokenSecretHash;
    private readonly IResourceBuilder<ParameterResource> webClientSecret;

    public PlatformTokens(IDistributedApplicationBuilder builder, string dataDirectory, string publicAddress)
    {
        PublicAddress = publicAddress;
        var privateKey = SecretFile.ReadOrCreate(
            Path.Combine(dataDirectory, "token-signing-key.pem"), () => ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem());
        using var key = ECDsa.Create();
        key.ImportFromPem(privateKey);
        publicKey = key.ExportSubjectPublicKeyInfoPem();
        signingKey = builder.AddParameter("token-signing-key", privateKey, secret: true);
        encryptionKey = builder.AddParameter("token-encryption-key",
            SecretFile.ReadOrCreate(Path.Combine(dataDirectory, "token-encryption-key"), 32, Convert.ToBase64String), secret: true);
        var secret = SecretFile.ReadOrCreate(Path.Combine(dataDirectory, "notification-client-secret"), 32, Convert.ToHexString);
        schoolTokenSecret = builder.AddParameter("notification-client-secret", secret, secret: true);
        schoolTokenSecretHash = ClientSecretHasher.Hash(secret);
        webClientSecret = builder.AddParameter("web-client-secret",
            SecretFile.ReadOrCreate(Path.Combine(dataDirectory, "web-client-secret"), 32, Convert.ToHexString), secret: true);
    }

    /// <summary>The gateway's address as people and clients reach it: the tokens' issuer, where people sign in.</summary>
    public string PublicAddress { get; }

    /// <summary>The gateway or a service: checks tokens with the identity provider's public key.</summary>
    public IResourceBuilder<ProjectResource> Verifying(IResourceBuilder<ProjectResource> project) =>
        project.WithEnvironment("Authentication__Jwt__PublicKeys__0", publicKey);

    /// <summary>
    /// The identity provider: signs with the private key; knows Notification.Service as a client that acts for a school
    /// for one letter at a time (decision 0007) by the hash of a secret only Notification is given, and the web
    /// application as the client people sign in through.
    /// </summary>
    public IResourceBuilder<ProjectResource> Issuing(IResourceBuilder<ProjectResource> identity) =>
        identity
            .WithEnvironment("Identity__SigningKey", signingKey)
            .WithEnvironment("Identity__EncryptionKey", encryptionKey)
            .WithEnvironment($"Identity__Clients__{SchoolTokenClient}__SecretHash", schoolTokenSecretHash)
            .WithEnvironment($"Identity__Clients__{SchoolTokenClient}__ActsForSchools", "true")
            .WithEnvironment($"Identity__Clients__{SchoolTokenClient}__Scopes__0", "parent-letters")
            .WithEnvironment("Identity__WebClient__Secret", webClientSecret)
            .WithEnvironment("Identity__WebClient__RedirectUris__0", PublicAddress + "signin-oidc")
            .WithEnvironment("Identity__WebClient__PostLogoutRedirectUris__0", PublicAddress + "signout-callback-oidc");

    /// <summary>Notification.Service: asks for letter tokens (through the gateway), with its own client secret.</summary>
    public IResourceBuilder<ProjectResource> ActingForSchools(IResourceBuilder<ProjectResource> notification, IResourceBuilder<ProjectResource> gateway) =>
        notification
            .WithReference(gateway)
            .WithEnvironment("Notification__TokenClient__ClientId", SchoolTokenClient)
            .WithEnvironment("Notification__TokenClient__ClientSecret", schoolTokenSecret);

    /// <summary>The web application: signs people in at the public address, as the client the identity provider knows.</summary>
    public IResourceBuilder<ProjectResource> SigningPeopleIn(IResourceBuilder<ProjectResource> web) =>
        web
            .WithEnvironment("Web__Authority", PublicAddress)
            .WithEnvironment("Web__ClientSecret", webClientSecret);
}

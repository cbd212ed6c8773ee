using APPlatform.AppHost.Servers;

namespace APPlatform.AppHost;

/// <summary>
/// The key the gateway signs development tokens with and the services validate them with
/// (Authentication__Jwt__SigningKeys__0): generated once and kept with the data, so tokens outlive a restart.
/// </summary>
internal static class SigningKey
{
    public static string ReadOrCreate(string dataDirectory) =>
        SecretFile.ReadOrCreate(Path.Combine(dataDirectory, "jwt-signing-key"), 32, Convert.ToBase64String);
}

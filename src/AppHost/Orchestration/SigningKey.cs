using System.Security.Cryptography;

namespace APPlatform.AppHost.Orchestration;

/// <summary>
/// The key the gateway signs tokens with and the services validate them with (Authentication__Jwt__SigningKeys__0):
/// generated once and kept with the data, so tokens issued before a restart stay valid after it.
/// </summary>
internal static class SigningKey
{
    public static string LoadOrCreate(string dataDirectory, bool reset)
    {
        var file = Path.Combine(dataDirectory, "jwt-signing-key");
        if (reset || !File.Exists(file))
        {
            Directory.CreateDirectory(dataDirectory);
            SecretFile.Write(file, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }

        return File.ReadAllText(file).Trim();
    }
}

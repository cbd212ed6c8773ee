using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.ServiceDefaults.Authentication;
using Microsoft.Extensions.Options;

namespace APPlatform.Notifications.Letters;

/// <summary>
/// Tokens that read one placement's letter and its recipients for the school, asked of the issuer with this service's
/// own client credentials: the service holds no key that signs, and no token that reads the rest of the school's
/// records (decision 0007).
/// </summary>
public sealed class LetterTokens(IHttpClientFactory clients, IOptions<TokenClientOptions> options)
{
    public async Task<string> ForLetterAsync(Guid schoolId, Guid placementId, CancellationToken cancellationToken)
    {
        var client = options.Value;
        using var http = clients.CreateClient();
        using var response = await http.PostAsync(client.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = client.ClientId,
            ["client_secret"] = client.ClientSecret,
            ["school_id"] = schoolId.ToString(),
            ["placement_id"] = placementId.ToString(),
            ["scope"] = PlatformScopes.ParentLetters,
        }), cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return body.GetProperty("access_token").GetString()!;
    }
}

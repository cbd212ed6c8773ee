using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace APPlatform.Notifications.Letters;

/// <summary>
/// Tokens acting for a school, asked of the issuer with this service's own client credentials: the service holds no
/// key that signs, so it cannot make one itself (decision 0007).
/// </summary>
public sealed class SchoolTokens(IHttpClientFactory clients, IOptions<TokenClientOptions> options)
{
    public async Task<string> ForSchoolAsync(Guid schoolId, string scope, CancellationToken cancellationToken)
    {
        var client = options.Value;
        using var http = clients.CreateClient();
        using var response = await http.PostAsync(client.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = client.ClientId,
            ["client_secret"] = client.ClientSecret,
            ["school_id"] = schoolId.ToString(),
            ["scope"] = scope,
        }), cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return body.GetProperty("access_token").GetString()!;
    }
}

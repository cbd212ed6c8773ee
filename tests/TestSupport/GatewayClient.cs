using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace APPlatform.TestSupport;

public static class GatewayClient
{
    /// <summary>A client of the gateway signed in as a demo client (POST /connect/token, client credentials), sending through <paramref name="handler"/> if given.</summary>
    public static async Task<HttpClient> SignInAsync(Uri gateway, string demoClient, HttpMessageHandler? handler = null)
    {
        var client = handler is null ? new HttpClient() : new HttpClient(handler);
        client.BaseAddress = gateway;
        var token = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = demoClient,
            ["client_secret"] = $"{demoClient}-secret",
        }));
        Assert.True(token.IsSuccessStatusCode, $"{demoClient} could not sign in: {(int)token.StatusCode} {await token.Content.ReadAsStringAsync()}");
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }
}

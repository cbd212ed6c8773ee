using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace APPlatform.Identity.Tests;

/// <summary>An OAuth 2.0 error response (RFC 6749 §5.2): its status and its error code.</summary>
public static class OAuthAssert
{
    public static async Task<string> HasError(HttpResponseMessage response, HttpStatusCode status, string error)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status} but got {(int)response.StatusCode}: {body}");
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal(error, json.GetProperty("error").GetString());
        Assert.True(json.TryGetProperty("error_description", out _), body);
        return body;
    }

    public static async Task<JsonElement> IsOk(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200 but got {(int)response.StatusCode}: {body}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>())!;
    }
}

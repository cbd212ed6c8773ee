using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.TestSupport;
using APPlatform.TestSupport.DirectoryForms;

namespace APPlatform.ProviderDirectory.Tests;

/// <summary>Completed audits for tests that need one in place.</summary>
public static class CompletedAudits
{
    /// <summary>Starts an audit of the provider as <paramref name="author"/>, answers everything and completes it; returns its id.</summary>
    public static async Task<Guid> CreateAsync(DirectoryService directory, TestCaller author, Guid providerId, bool registered, bool suitable, bool isPrivate = false)
    {
        var client = directory.As(author);
        var answers = await AuditForm.AnswersAsync(client, registered, suitable);
        var started = await client.PostAsJsonAsync($"/api/directory/providers/{providerId}/audits", new { isPrivate, answers });
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var completed = await client.PostAsync($"/api/directory/audits/{id}/complete", null);
        Assert.True(completed.IsSuccessStatusCode, await completed.Content.ReadAsStringAsync());
        return id;
    }
}

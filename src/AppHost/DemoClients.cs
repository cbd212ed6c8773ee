using System.Text.Json;

namespace APPlatform.AppHost;

/// <summary>
/// The OAuth clients the identity provider seeds in development, read from its own configuration
/// (src/Identity.Service/appsettings.Development.json, Identity:Clients) so the list has one source.
/// </summary>
public static class DemoClients
{
    /// <summary>Client id and description of each; none when the file or the section is absent.</summary>
    public static IReadOnlyList<(string ClientId, string Description)> Read(string repositoryRoot)
    {
        var file = Path.Combine(repositoryRoot, "src", "Identity.Service", "appsettings.Development.json");
        if (!File.Exists(file))
        {
            return [];
        }

        using var json = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return json.RootElement.TryGetProperty("Identity", out var identity) && identity.ValueKind == JsonValueKind.Object
               && identity.TryGetProperty("Clients", out var clients) && clients.ValueKind == JsonValueKind.Object
            ? clients.EnumerateObject()
                .Select(client => (client.Name, client.Value.ValueKind == JsonValueKind.Object && client.Value.TryGetProperty("Description", out var description)
                    ? description.GetString() ?? ""
                    : ""))
                .ToList()
            : [];
    }
}

using System.Text.Json.Nodes;

namespace APPlatform.Deploy.Tests;

/// <summary>
/// The environment a container is given, from its env list and its envFrom ConfigMaps and Secrets (a Secret's keys
/// read from the ExternalSecret that makes it, or the Secret itself): each name, with its value where the manifests hold it.
/// </summary>
public sealed record ContainerEnvironment(IReadOnlyDictionary<string, string?> Variables, IReadOnlyList<string> Unreadable)
{
    public static ContainerEnvironment Of(Manifests manifests, JsonNode container)
    {
        var variables = new Dictionary<string, string?>();
        var unreadable = new List<string>();
        foreach (var source in container["envFrom"]?.AsArray().OfType<JsonNode>() ?? [])
        {
            var prefix = (string?)source["prefix"] ?? "";
            var keys = source["configMapRef"]?["name"] is { } configMap ? ConfigMapData(manifests, (string)configMap!)
                : source["secretRef"]?["name"] is { } secret ? SecretKeys(manifests, (string)secret!)
                : null;
            if (keys is null)
            {
                unreadable.Add($"envFrom {source.ToJsonString()}: its names cannot be read from the manifests");
                continue;
            }

            foreach (var (key, value) in keys)
            {
                variables[prefix + key] = value;
            }
        }

        foreach (var variable in container["env"]?.AsArray().OfType<JsonNode>() ?? [])
        {
            variables[(string)variable["name"]!] = (string?)variable["value"];
        }

        return new ContainerEnvironment(variables, unreadable);
    }

    /// <summary>The container of a Deployment or Job named <paramref name="name"/> (as the contract names them).</summary>
    public static JsonNode? Container(JsonNode workload, string name) =>
        workload["spec"]?["template"]?["spec"]?["containers"]?.AsArray().FirstOrDefault(c => (string?)c?["name"] == name);

    private static IEnumerable<KeyValuePair<string, string?>>? ConfigMapData(Manifests manifests, string name) =>
        manifests.OfKind("ConfigMap").FirstOrDefault(map => Manifests.Name(map) == name)?["data"]?.AsObject()
            .Select(entry => KeyValuePair.Create(entry.Key, (string?)entry.Value));

    /// <summary>A Secret's keys (never its values): from the Secret, or from the ExternalSecret that makes it, when it names them.</summary>
    private static IEnumerable<KeyValuePair<string, string?>>? SecretKeys(Manifests manifests, string name)
    {
        if (manifests.OfKind("Secret").FirstOrDefault(secret => Manifests.Name(secret) == name) is { } made)
        {
            return (made["data"]?.AsObject() ?? []).Concat(made["stringData"]?.AsObject() ?? []).Select(entry => KeyValuePair.Create(entry.Key, (string?)null));
        }

        var external = manifests.OfKind("ExternalSecret")
            .FirstOrDefault(secret => ((string?)secret["spec"]?["target"]?["name"] ?? Manifests.Name(secret)) == name);
        if (external?["spec"] is not { } spec || spec["dataFrom"] is not null)
        {
            return null;
        }

        return (spec["data"]?.AsArray().Select(entry => (string)entry!["secretKey"]!) ?? [])
            .Concat(spec["target"]?["template"]?["data"]?.AsObject().Select(entry => entry.Key) ?? [])
            .Select(key => KeyValuePair.Create(key, (string?)null));
    }
}

using System.Reflection;
using System.Text.Json.Nodes;
using k8s;
using k8s.Models;

namespace APPlatform.Deploy.Tests;

/// <summary>
/// A field a built-in kind does not have (a misspelt readinessProbe) is refused, as the API server's strict field
/// validation refuses it: the object is read into the Kubernetes client's typed model, which knows every field.
/// kubernetes-models' validators check types and required fields but let unknown ones through; CRDs' schemas are made
/// strict in validate.mjs.
/// </summary>
public static class KnownFields
{
    /// <summary>"apps/v1 Deployment" (or "v1 Service") of every kind the client's models know.</summary>
    private static readonly HashSet<string> BuiltIn = typeof(V1Deployment).Assembly.GetTypes()
        .Select(type => type.GetCustomAttribute<KubernetesEntityAttribute>())
        .OfType<KubernetesEntityAttribute>()
        .Select(entity => $"{(string.IsNullOrEmpty(entity.Group) ? "" : entity.Group + "/")}{entity.ApiVersion} {entity.Kind}")
        .ToHashSet();

    public static IEnumerable<string> Problems(IEnumerable<JsonObject> objects)
    {
        foreach (var resource in objects.Where(o => BuiltIn.Contains($"{(string?)o["apiVersion"]} {(string?)o["kind"]}")))
        {
            string? problem = null;
            try
            {
                KubernetesYaml.LoadAllFromString(resource.ToJsonString(), strict: true);
            }
            catch (YamlDotNet.Core.YamlException unknown)
            {
                problem = $"{resource["kind"]}/{Manifests.Name(resource)}: {unknown.Message}";
            }

            if (problem is not null)
            {
                yield return problem;
            }
        }
    }
}

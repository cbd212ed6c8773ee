using System.Text.Json;
using APPlatform.ProviderDirectory.Apis.Requests;
using APPlatform.ServiceDefaults.Apis;

namespace APPlatform.ProviderDirectory.Model.Tests;

/// <summary>A request body read as the API reads it, and held to its rules as the API holds it, by a given clock.</summary>
internal static class Requests
{
    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, PlatformJson.Options)!;

    /// <summary>The fields (by their JSON names) whose values the rules refuse.</summary>
    public static IReadOnlySet<string> RefusedFields(object request, TimeProvider clock) =>
        ValidationClock.Validate(request, clock).SelectMany(result => result.MemberNames).Select(JsonNamingPolicy.CamelCase.ConvertName).ToHashSet();
}

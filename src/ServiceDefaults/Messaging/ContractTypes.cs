using System.Collections.Concurrent;
using System.Text.Json;
using APPlatform.Contracts;

namespace APPlatform.ServiceDefaults.Messaging;

/// <summary>How an event is stored in the outbox: its contract's full name and its JSON.</summary>
internal static class ContractTypes
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly ConcurrentDictionary<string, Type> types = new();

    public static string NameOf(Type type) => type.FullName!;

    /// <summary>Contracts live in one assembly, so a stored name always resolves there.</summary>
    public static Type Resolve(string name) =>
        types.GetOrAdd(name, static n => typeof(IIntegrationEvent).Assembly.GetType(n, throwOnError: true)!);
}

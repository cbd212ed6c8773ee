namespace APPlatform.Contracts;

public static class IntegrationEventTypes
{
    /// <summary>Every event contract in this assembly.</summary>
    public static IReadOnlyList<Type> All { get; } = typeof(IIntegrationEvent).Assembly.GetExportedTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(type))
        .ToList();
}

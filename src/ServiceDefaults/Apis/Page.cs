namespace APPlatform.ServiceDefaults.Apis;

/// <summary>One page of a list, and how many items the whole list holds: {"items": [...], "total": n}.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total);

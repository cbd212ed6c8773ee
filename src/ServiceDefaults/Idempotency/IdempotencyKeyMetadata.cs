namespace APPlatform.ServiceDefaults.Idempotency;

/// <summary>Marks a route that takes an Idempotency-Key, so its OpenAPI operation documents the header.</summary>
public sealed record IdempotencyKeyMetadata(bool Required);

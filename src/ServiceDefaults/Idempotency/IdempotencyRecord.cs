namespace APPlatform.ServiceDefaults.Idempotency;

/// <summary>
/// A client's request made with an Idempotency-Key, and, once it is done, the response to give again if the client
/// retries. The record commits in the same transaction as the request's effects.
/// </summary>
public sealed class IdempotencyRecord
{
    public required string ClientId { get; init; }

    public required string Key { get; init; }

    /// <summary>SHA-256 of method, path and body: the same key with a different request is refused.</summary>
    public required string RequestHash { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public int? StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    public byte[]? Body { get; set; }
}

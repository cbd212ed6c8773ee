namespace APPlatform.ServiceDefaults.Idempotency;

/// <summary>
/// A client's request made with an Idempotency-Key, and the response to give again if the client retries. The record
/// is inserted in the request's transaction and commits with its effects, so every committed record is complete.
/// </summary>
public sealed class IdempotencyRecord
{
    public required Guid OrganisationId { get; init; }

    public required string ClientId { get; init; }

    public required string Key { get; init; }

    /// <summary>SHA-256 of method, path and body: the same key with a different request is refused.</summary>
    public required string RequestHash { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>Null only while the request runs, when no other transaction can see the record.</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    public int? StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    public byte[]? Body { get; set; }
}

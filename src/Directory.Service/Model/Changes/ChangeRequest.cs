using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.ProviderDirectory.Model.Changes;

/// <summary>The parts of its record a provider may update itself, subject to the directory team's review.</summary>
public enum ProviderPart
{
    Details,
    Sites,
    Profile,
    Assurance,
    Document,
}

/// <summary>
/// Where a provider's change request stands: pending (awaiting review), approved (applied to the record), rejected
/// (not applied; the review note says why).
/// </summary>
public enum ChangeRequestStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>
/// A change a provider proposed to its own record. It is applied only when a local authority or platform admin
/// approves it; a rejection says why.
/// </summary>
public sealed class ChangeRequest
{
    public Guid Id { get; init; }

    public Guid ProviderId { get; init; }

    public ProviderPart Part { get; init; }

    /// <summary>The request body as the provider sent it, applied on approval exactly as a direct update would be.</summary>
    public required string Proposed { get; init; }

    public Guid SubmittedBy { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }

    public ChangeRequestStatus Status { get; private set; }

    public Guid? ReviewedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public string? ReviewNote { get; private set; }

    public void Review(bool approve, Caller by, string? note, DateTimeOffset now)
    {
        if (Status != ChangeRequestStatus.Pending)
        {
            throw new StateConflictException($"This change was already {Status.ToString().ToLowerInvariant()}.");
        }

        if (!approve && string.IsNullOrWhiteSpace(note))
        {
            throw new RuleViolationException("Say why the change is rejected, so the provider can put it right.");
        }

        Status = approve ? ChangeRequestStatus.Approved : ChangeRequestStatus.Rejected;
        ReviewedBy = by.OrganisationId;
        ReviewedAt = now;
        ReviewNote = note?.Trim();
    }
}

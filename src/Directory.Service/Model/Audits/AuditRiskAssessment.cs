using System.Linq.Expressions;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.ProviderDirectory.Model.Audits;

/// <summary>
/// Where an audit stands: draft (being written; only its author sees it), completed (valid until its date), expired
/// (completed, but past its validity: it must be done again before it is relied on).
/// </summary>
public enum AuditStatus
{
    Draft,
    Completed,

    /// <summary>Completed, but older than its validity: it must be done again before it is relied on.</summary>
    Expired,
}

/// <summary>
/// One commissioner's audit and risk assessment of a provider (trust policy Appendix 1). Once completed it is visible to
/// the other commissioners in the same local authority unless its author marked it private, so schools stop repeating
/// the same checks.
/// </summary>
public sealed class AuditRiskAssessment
{
    public Guid Id { get; init; }

    public Guid ProviderId { get; init; }

    public Guid AuthorOrganisationId { get; init; }

    public OrganisationType AuthorOrganisationType { get; init; }

    public Guid? AuthorTrustId { get; init; }

    /// <summary>The local authority whose commissioners may rely on it once completed.</summary>
    public Guid? LocalAuthorityId { get; init; }

    public bool IsPrivate { get; private set; }

    public AuditAnswers Answers { get; private set; } = new();

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateOnly? ValidUntil { get; private set; }

    /// <summary>The outcome once completed (kept beside the answers for search).</summary>
    public bool? Suitable { get; private set; }

    /// <summary>When the school's headteacher signed the completed audit off (<see cref="AuditSignOff"/>).</summary>
    public DateTimeOffset? SignedOffAt { get; private set; }

    /// <summary>The signed-in headteacher who signed it off.</summary>
    public Guid? SignedOffByPersonId { get; private set; }

    /// <summary>Their name, as signed in.</summary>
    public string? SignedOffBy { get; private set; }

    public static readonly OrganisationType[] Authors = [OrganisationType.School, OrganisationType.Trust, OrganisationType.LocalAuthority];

    /// <summary>Draft, completed, or expired once past its validity (<see cref="AuditValidity"/>).</summary>
    public AuditStatus StatusOn(DateOnly today) =>
        CompletedAt is null ? AuditStatus.Draft : ReliedOn(today) ? AuditStatus.Completed : AuditStatus.Expired;

    public bool ReliedOn(DateOnly day) => AuditValidity.ReliedOnOn(day).Compile()(this);

    public static AuditRiskAssessment Start(Guid id, Guid providerId, Caller author, bool isPrivate, AuditAnswers answers, DateTimeOffset now) =>
        author.Is(Authors)
            ? new AuditRiskAssessment
            {
                Id = id,
                ProviderId = providerId,
                AuthorOrganisationId = author.OrganisationId,
                AuthorOrganisationType = author.OrganisationType,
                AuthorTrustId = author.OrganisationType == OrganisationType.Trust ? author.OrganisationId : author.TrustId,
                LocalAuthorityId = author.OrganisationType == OrganisationType.LocalAuthority ? author.OrganisationId : author.LocalAuthorityId,
                IsPrivate = isPrivate,
                Answers = answers,
                CreatedAt = now,
                UpdatedAt = now,
            }
            : throw new NotPermittedException("Only schools, trusts and local authorities write audits.");

    /// <summary>Only its author changes a draft; a completed audit is a record and stays as it was.</summary>
    public void Revise(AuditAnswers answers, bool isPrivate, Caller by, DateTimeOffset now)
    {
        EnsureAuthor(by);
        if (CompletedAt is not null)
        {
            throw new StateConflictException("A completed audit is a record and cannot be changed; start a new audit instead.");
        }

        Answers = answers;
        IsPrivate = isPrivate;
        UpdatedAt = now;
    }

    /// <summary>Completes the audit once every item the rules need is answered; valid for <paramref name="validity"/>.</summary>
    public IReadOnlyDictionary<string, string[]> Complete(bool providerIsRegistered, Caller by, DateTimeOffset now, TimeSpan validity)
    {
        EnsureAuthor(by);
        if (CompletedAt is not null)
        {
            throw new StateConflictException("The audit is already completed.");
        }

        var missing = AuditCompletion.Problems(Answers, providerIsRegistered);
        if (missing.Count == 0)
        {
            CompletedAt = now;
            UpdatedAt = now;
            ValidUntil = AuditValidity.LastValidDay(now, validity);
            Suitable = Answers.Outcome.Suitable;
        }

        return missing;
    }

    public void SignOff(Caller by, DateTimeOffset now)
    {
        var headteacher = AuditSignOff.Check(this, by);
        SignedOffAt = now;
        SignedOffByPersonId = headteacher.Id;
        SignedOffBy = headteacher.Name;
        UpdatedAt = now;
    }

    public bool IsAuthoredBy(Caller caller) => caller.OrganisationId == AuthorOrganisationId;

    /// <summary>
    /// Its author, the author's trust and platform admins see it always; the other commissioners in its local
    /// authority (and the local authority itself) see it once completed, unless it is private. Providers never see
    /// audits. One expression serves both queries and single records.
    /// </summary>
    public static Expression<Func<AuditRiskAssessment, bool>> VisibleTo(Caller caller)
    {
        var organisation = caller.OrganisationId;
        var localAuthority = caller.OrganisationType == OrganisationType.LocalAuthority ? caller.OrganisationId : caller.LocalAuthorityId;
        return caller.OrganisationType switch
        {
            OrganisationType.PlatformAdmin => audit => true,
            OrganisationType.Provider => audit => false,
            _ => audit => audit.AuthorOrganisationId == organisation || audit.AuthorTrustId == organisation ||
                          (audit.CompletedAt != null && !audit.IsPrivate && localAuthority != null && audit.LocalAuthorityId == localAuthority),
        };
    }

    public bool IsVisibleTo(Caller caller) => VisibleTo(caller).Compile()(this);

    private void EnsureAuthor(Caller by)
    {
        if (!IsAuthoredBy(by))
        {
            throw new NotPermittedException("Only the organisation that wrote an audit may change or complete it.");
        }
    }
}

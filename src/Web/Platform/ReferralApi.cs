namespace APPlatform.Web.Platform;

public sealed record PlacementSummary(Guid Id, string Status, Guid SchoolId, Guid ProviderId, Guid PupilId, string PupilName, DateOnly StartDate,
    DateOnly? PlannedEndDate);

public sealed record ReferralSummary(Guid Id, string Status, Guid SchoolId, Guid PupilId, string PupilName, Guid ProviderId, DateOnly StartDate,
    DateTimeOffset CreatedAt);

public sealed record ReferralPupil(string FirstName, string LastName, DateOnly DateOfBirth, int YearGroup);

public sealed record ReferralProposal(Guid ProviderId, DateOnly StartDate, DateOnly? PlannedEndDate, decimal? CostPerWeek);

/// <summary>What a decision needs to show of a referral (the service answers much more).</summary>
public sealed record ReferralRecord(
    Guid Id, string Status, ReferralPupil Pupil, List<string> Reasons, string? ReasonDetail, string? Needs, ReferralProposal Proposal,
    decimal HoursPerWeek, string? UnregisteredJustification, DateTimeOffset CreatedAt);

public sealed record StaffMemberInput(string Name, string Role, string? Email, string? Phone);

/// <summary>Referral.Service through the gateway (/api/referrals, /api/placements): pupils' names come from here.</summary>
public sealed class ReferralApi(HttpClient http) : GatewayClient(http)
{
    /// <summary>The caller's placements in a status (its C# name: the query binds Active, though the answer writes active), with their pupils' names (up to 100, the service's largest page).</summary>
    public Task<Page<PlacementSummary>> PlacementsAsync(string status, CancellationToken cancellationToken) =>
        GetAsync<Page<PlacementSummary>>($"api/placements?status={status}&pageSize=100", cancellationToken);

    /// <summary>Referrals in a status (snake_case: submitted, awaiting_trust_approval), newest first, up to 100.</summary>
    public Task<Page<ReferralSummary>> ReferralsAsync(string status, CancellationToken cancellationToken) =>
        GetAsync<Page<ReferralSummary>>($"api/referrals?status={status}&pageSize=100", cancellationToken);

    public Task<ReferralRecord> ReferralAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<ReferralRecord>($"api/referrals/{id}", cancellationToken);

    // The signed-in person decides in their own name: the service takes it from their token.
    public Task<object> DecideAsHeadteacherAsync(Guid id, bool approved, string? note, StaffMemberInput? apLead, CancellationToken cancellationToken) =>
        PostAsync<object>($"api/referrals/{id}/headteacher-decision", new { approved, note, apLead }, cancellationToken);

    public Task<object> DecideAsTrustAsync(Guid id, bool approved, string? note, CancellationToken cancellationToken) =>
        PostAsync<object>($"api/referrals/{id}/trust-decision", new { approved, note }, cancellationToken);

    /// <summary>Every placement the caller may see, whatever its status (a local authority's: those in its area), up to 100.</summary>
    public Task<Page<PlacementSummary>> AllPlacementsAsync(CancellationToken cancellationToken) =>
        GetAsync<Page<PlacementSummary>>("api/placements?pageSize=100", cancellationToken);

    public Task<List<DaySixCase>> DaySixCasesAsync(CancellationToken cancellationToken) =>
        GetAsync<List<DaySixCase>>("api/referrals/suspensions/day-six", cancellationToken);
}

/// <summary>A suspension of more than five school days: from day six the school must provide full-time education.</summary>
public sealed record DaySixCase(
    Guid SuspensionId, Guid PupilId, string PupilName, Guid SchoolId, DateOnly FirstDay, int SchoolDays, DateOnly DaySix, bool Provided);

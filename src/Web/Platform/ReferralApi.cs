namespace APPlatform.Web.Platform;

public sealed record PlacementSummary(Guid Id, string Status, Guid SchoolId, Guid ProviderId, Guid PupilId, string PupilName, DateOnly StartDate,
    DateOnly? PlannedEndDate);

public sealed record ReferralSummary(Guid Id, string Status, Guid SchoolId, Guid PupilId, string PupilName, Guid ProviderId, DateOnly StartDate,
    DateTimeOffset CreatedAt, Guid? PlacementId, string DecidedBy);

public sealed record ReferralPupil(string FirstName, string LastName, DateOnly DateOfBirth, int YearGroup);

public sealed record ReferralProposal(Guid ProviderId, DateOnly StartDate, DateOnly? PlannedEndDate, decimal? CostPerWeek);

/// <summary>What a decision needs to show of a referral (the service answers much more).</summary>
public sealed record ReferralRecord(
    Guid Id, string Status, ReferralPupil Pupil, List<string> Reasons, string? ReasonDetail, string? Needs, ReferralProposal Proposal,
    decimal HoursPerWeek, string? UnregisteredJustification, DateTimeOffset CreatedAt, Guid? PlacementId = null);

public sealed record StaffMemberInput(string Name, string Role, string? Email, string? Phone);

public sealed record StaffMember(string Name, string Role, string? Email, string? Phone);

public sealed record PlacementPupil(string FirstName, string LastName, int YearGroup);

public sealed record PlacementReview(Guid Id, string Kind, DateOnly HeldOn, string Outcome, bool? Improved);

/// <summary>An incident as the reader may see it: the service withholds what happened from those not to read it.</summary>
public sealed record PlacementIncident(
    Guid Id, DateTimeOffset OccurredAt, string Category, string Summary, string? ActionTaken, string ReportedBy, DateTimeOffset? AcknowledgedAt,
    string? SchoolResponse, bool DetailWithheld);

/// <summary>What the placement page shows of a placement (reviews are null in a provider's view).</summary>
public sealed record PlacementRecord(
    Guid Id, Guid ReferralId, string Status, Guid CommissionerId, string? ProviderName, string Address, StaffMember PersonResponsible, decimal HoursPerWeek, DateOnly StartDate,
    DateOnly? PlannedEndDate, DateOnly? EndedOn, PlacementPupil PupilSummary, List<PlacementReview>? Reviews, List<PlacementIncident> Incidents);

public sealed record ProviderReport(
    Guid Id, string Term, DateOnly DueOn, string Status, string? Progress, string? Behaviour, string? Welfare, string? Attendance, string? SubmittedBy,
    DateTimeOffset? SubmittedAt);

/// <summary>A part of what the provider is told; its summary is null when withheld from the reader.</summary>
public sealed record BriefingSection(string Topic, string? Summary, string? WhatWorks, bool Withheld, string LawfulBasis, string SharedBy, DateTimeOffset SharedAt);

/// <summary>A read by the provider: the person's id and name, or none for its system.</summary>
public sealed record BriefingRead(DateTimeOffset At, string? PersonId, string? PersonName, string ClientId);

/// <summary>What the provider is told: the parts shared, with the plan's baseline and objectives and the pastoral contact.</summary>
public sealed record ProviderBriefing(
    Guid PlacementId, List<BriefingSection> Sections, StaffMember PastoralContact, string? Baseline, List<PlanObjective> Objectives,
    List<BriefingRead>? ProviderReads, List<string> MayShare);

public sealed record PlanObjective(string Description, string Measure, DateOnly? By);

public sealed record BriefingInput(string Summary, string? WhatWorks, string LawfulBasis);

public sealed record ReportInput(string Progress, string Behaviour, string Welfare, string? Attendance, string SubmittedBy);

public sealed record IncidentInput(DateTimeOffset OccurredAt, string Category, string Summary, string? ActionTaken, string ReportedBy);

/// <summary>An agreement review not yet held (kind agreement_review) or a report not yet submitted (provider_report).</summary>
public sealed record MonitoringDue(Guid PlacementId, string PupilName, string Kind, string? Term, Guid? ReportId, DateOnly DueOn);

public sealed record PlacementCheck(string Check, bool Passed, string Detail);

public sealed record ChecksResult(bool MayStart, List<PlacementCheck> Checks);

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

    public Task<object> DecideAsLocalAuthorityAsync(Guid id, bool approved, string? note, CancellationToken cancellationToken) =>
        PostAsync<object>($"api/referrals/{id}/local-authority-decision", new { approved, note }, cancellationToken);

    /// <summary>Every placement the caller may see, whatever its status (a local authority's: those in its area), up to 100.</summary>
    public Task<Page<PlacementSummary>> PlacementsAsync(CancellationToken cancellationToken) =>
        GetAsync<Page<PlacementSummary>>("api/placements?pageSize=100", cancellationToken);

    public Task<PlacementRecord> PlacementAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<PlacementRecord>($"api/placements/{id}", cancellationToken);

    public Task<List<ProviderReport>> ReportsAsync(Guid placementId, CancellationToken cancellationToken) =>
        GetAsync<List<ProviderReport>>($"api/placements/{placementId}/reports", cancellationToken);

    /// <summary>The reviews and reports due on the caller's running placements, soonest first.</summary>
    public Task<List<MonitoringDue>> DueAsync(CancellationToken cancellationToken) =>
        GetAsync<List<MonitoringDue>>("api/placements/due", cancellationToken);

    public Task<object> SubmitReportAsync(Guid placementId, Guid reportId, ReportInput report, CancellationToken cancellationToken) =>
        PostAsync<object>($"api/placements/{placementId}/reports/{reportId}", report, cancellationToken);

    public Task<object> ReportIncidentAsync(Guid placementId, IncidentInput incident, string idempotencyKey, CancellationToken cancellationToken) =>
        PostAsync<object>($"api/placements/{placementId}/incidents", incident, cancellationToken, idempotencyKey);

    /// <summary>Every referral the caller may see, newest first, up to 100.</summary>
    public Task<Page<ReferralSummary>> ReferralsAsync(CancellationToken cancellationToken) =>
        GetAsync<Page<ReferralSummary>>("api/referrals?pageSize=100", cancellationToken);

    public Task<ChecksResult> ChecksAsync(Guid placementId, CancellationToken cancellationToken) =>
        GetAsync<ChecksResult>($"api/placements/{placementId}/checks", cancellationToken);

    /// <summary>What the provider is told about the pupil, as the caller may read it (each read is logged).</summary>
    public Task<ProviderBriefing> BriefingAsync(Guid placementId, CancellationToken cancellationToken) =>
        GetAsync<ProviderBriefing>($"api/placements/{placementId}/briefing", cancellationToken);

    public Task<ProviderBriefing> ShareBriefingAsync(Guid placementId, string topic, BriefingInput part, CancellationToken cancellationToken) =>
        PutAsync<ProviderBriefing>($"api/placements/{placementId}/briefing/{topic}", part, cancellationToken);

    public Task<ProviderBriefing> WithdrawBriefingAsync(Guid placementId, string topic, CancellationToken cancellationToken) =>
        DeleteAsync<ProviderBriefing>($"api/placements/{placementId}/briefing/{topic}", cancellationToken);

    public Task<List<DaySixCase>> DaySixCasesAsync(CancellationToken cancellationToken) =>
        GetAsync<List<DaySixCase>>("api/referrals/suspensions/day-six", cancellationToken);

    /// <summary>The caller's trust's use of AP from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public Task<TrustReport> TrustReportAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        GetAsync<TrustReport>($"api/placements/trust-report?{Period(from, to)}", cancellationToken);

    /// <summary>The same report as the service's CSV, passed on to the person's browser as it is.</summary>
    public Task<string> TrustReportCsvAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        GetTextAsync($"api/placements/trust-report.csv?{Period(from, to)}", cancellationToken);

    private static string Period(DateOnly from, DateOnly to) => $"from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}";
}

/// <summary>A suspension of more than five school days: from day six the school must provide full-time education.</summary>
public sealed record DaySixCase(
    Guid SuspensionId, Guid PupilId, string PupilName, Guid SchoolId, DateOnly FirstDay, int SchoolDays, DateOnly DaySix, bool Provided);

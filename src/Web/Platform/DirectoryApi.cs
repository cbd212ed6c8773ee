namespace APPlatform.Web.Platform;

/// <summary>One line of the directory's search (enum values as the API writes them: listed, suspended, registered…).</summary>
public sealed record ProviderSummary(
    Guid Id, string Name, string Status, string Registration, string? Urn, string? OfstedOutcome, int? Places, int? PlacesAvailable,
    List<string> Towns, string AuditOutcome);

/// <summary>
/// What a directory search asks for: text, key stages (KS1…KS4, 16-19), only providers with places free, and the
/// audit outcome the caller may rely on (suitable, not_suitable, none); the service decides which providers the caller sees.
/// </summary>
public sealed record ProviderSearch(string? Text, IReadOnlyList<string> KeyStages, bool PlacesAvailable, string? AuditOutcome)
{
    public string Query() => string.Concat(
        string.IsNullOrWhiteSpace(Text) ? "" : "&q=" + Uri.EscapeDataString(Text.Trim()),
        string.Concat(KeyStages.Select(stage => "&keyStage=" + Uri.EscapeDataString(stage))),
        PlacesAvailable ? "&placesAvailable=true" : "",
        string.IsNullOrEmpty(AuditOutcome) ? "" : "&auditOutcome=" + Uri.EscapeDataString(AuditOutcome));
}

public sealed record ListingChange(string? From, string To, string? Action, string? Reason, DateTimeOffset At);

/// <summary>What the provider page shows of a provider's record (the service answers much more).</summary>
public sealed record ProviderRecord(
    Guid Id, string Name, string Status, bool IsRegistered, string? OfstedOutcome, List<ListingChange> ListingHistory, List<string> ListingActionsAllowed,
    DateTimeOffset UpdatedAt);

/// <summary>Directory.Service through the gateway (/api/directory): the LA's providers and their listing.</summary>
public sealed class DirectoryApi(HttpClient http) : GatewayClient(http)
{
    public const int PageSize = 20;

    public Task<Page<ProviderSummary>> SearchAsync(ProviderSearch search, int page, CancellationToken cancellationToken) =>
        GetAsync<Page<ProviderSummary>>($"api/directory/providers?pageSize={PageSize}&page={page}" + search.Query(), cancellationToken);

    public Task<ProviderRecord> ProviderAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<ProviderRecord>($"api/directory/providers/{id}", cancellationToken);

    public Task<object> TakeListingActionAsync(Guid id, string action, string? reason, CancellationToken cancellationToken) =>
        PostAsync<object>($"api/directory/providers/{id}/listing", new { action, reason }, cancellationToken);

    public Task<List<ThresholdWatchEntry>> ThresholdWatchAsync(CancellationToken cancellationToken) =>
        GetAsync<List<ThresholdWatchEntry>>("api/directory/threshold-watch", cancellationToken);

    /// <summary>A provider's audits the caller may see: its own, and those completed and shared in its local authority.</summary>
    public Task<List<AuditSummary>> AuditsAsync(Guid providerId, CancellationToken cancellationToken) =>
        GetAsync<List<AuditSummary>>($"api/directory/providers/{providerId}/audits", cancellationToken);

    /// <summary>Concerns the caller raised or, for a local authority, those sent to it; newest first.</summary>
    public Task<List<ConcernSummary>> ConcernsAsync(CancellationToken cancellationToken) =>
        GetAsync<List<ConcernSummary>>("api/directory/concerns", cancellationToken);
}

/// <summary>An unregistered provider on the registration threshold watch (level: clear, at_risk, breached).</summary>
public sealed record ThresholdWatchEntry(
    Guid ProviderId, string ProviderName, string Level, DateOnly WeekStarting, int FullTimePupils, int FullTimeLookedAfterOrEhcpPupils);

/// <summary>An audit and risk assessment of a provider the caller may see (status: draft, completed, expired).</summary>
public sealed record AuditSummary(
    Guid Id, string Status, bool IsPrivate, string AuthorOrganisationType, bool? Suitable, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt,
    DateOnly? ValidUntil);

/// <summary>A concern about a provider (status: open, acknowledged, resolved, dismissed).</summary>
public sealed record ConcernSummary(
    Guid Id, Guid ProviderId, string RaisedByOrganisationType, string Category, string Summary, DateTimeOffset RaisedAt, string Status);

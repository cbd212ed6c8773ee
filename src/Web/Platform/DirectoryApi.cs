namespace APPlatform.Web.Platform;

/// <summary>One line of the directory's search (enum values as the API writes them: listed, suspended, registered…).</summary>
public sealed record ProviderSummary(
    Guid Id, string Name, string Status, string Registration, string? Urn, string? OfstedOutcome, int? Places, int? PlacesAvailable,
    List<string> Towns, string AuditOutcome);

public sealed record ListingChange(string? From, string To, string? Action, string? Reason, DateTimeOffset At);

/// <summary>What the provider page shows of a provider's record (the service answers much more).</summary>
public sealed record ProviderRecord(
    Guid Id, string Name, string Status, bool IsRegistered, string? OfstedOutcome, List<ListingChange> ListingHistory, List<string> ListingActionsAllowed,
    DateTimeOffset UpdatedAt);

/// <summary>Directory.Service through the gateway (/api/directory): the LA's providers and their listing.</summary>
public sealed class DirectoryApi(HttpClient http) : GatewayClient(http)
{
    public const int PageSize = 20;

    public Task<Page<ProviderSummary>> SearchAsync(string? text, int page, CancellationToken cancellationToken) =>
        GetAsync<Page<ProviderSummary>>(
            $"api/directory/providers?pageSize={PageSize}&page={page}" + (string.IsNullOrWhiteSpace(text) ? "" : "&q=" + Uri.EscapeDataString(text.Trim())),
            cancellationToken);

    public Task<ProviderRecord> ProviderAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<ProviderRecord>($"api/directory/providers/{id}", cancellationToken);

    public Task<object> TakeListingActionAsync(Guid id, string action, string? reason, CancellationToken cancellationToken) =>
        PostAsync<object>($"api/directory/providers/{id}/listing", new { action, reason }, cancellationToken);
}

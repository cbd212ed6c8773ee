namespace APPlatform.Web.Platform;

public sealed record PlacementSummary(Guid Id, string Status, Guid SchoolId, Guid ProviderId, Guid PupilId, string PupilName, DateOnly StartDate,
    DateOnly? PlannedEndDate);

/// <summary>Referral.Service through the gateway (/api/referrals, /api/placements): pupils' names come from here.</summary>
public sealed class ReferralApi(HttpClient http) : GatewayClient(http)
{
    /// <summary>The caller's placements in a status (its C# name: the query binds Active, though the answer writes active), with their pupils' names (up to 100, the service's largest page).</summary>
    public Task<Page<PlacementSummary>> PlacementsAsync(string status, CancellationToken cancellationToken) =>
        GetAsync<Page<PlacementSummary>>($"api/placements?status={status}&pageSize=100", cancellationToken);
}

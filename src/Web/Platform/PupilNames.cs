namespace APPlatform.Web.Platform;

/// <summary>
/// Pupils' names by placement, from Referral.Service: Attendance.Service keeps only pupil ids. If the referral service
/// cannot answer, pages still work, showing each pupil by the start of their id.
/// </summary>
public sealed class PupilNames(ReferralApi referrals, ILogger<PupilNames> logger)
{
    public async Task<Func<Guid, Guid, string>> ByPlacementAsync(CancellationToken cancellationToken)
    {
        Dictionary<Guid, string> names;
        try
        {
            var pages = await Task.WhenAll(referrals.PlacementsAsync("Active", cancellationToken), referrals.PlacementsAsync("Ending", cancellationToken));
            names = pages.SelectMany(page => page.Items).ToDictionary(p => p.Id, p => p.PupilName);
        }
        catch (Exception failure) when (failure is PlatformApiException or HttpRequestException)
        {
            logger.LogWarning(failure, "Pupils' names could not be read from the referral service; pages show their ids");
            names = [];
        }

        return (placementId, pupilId) => names.GetValueOrDefault(placementId) ?? $"Pupil {pupilId.ToString()[..8]}";
    }
}

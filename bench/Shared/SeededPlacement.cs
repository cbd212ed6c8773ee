using APPlatform.Contracts.Placements;

namespace APPlatform.Bench;

/// <summary>
/// A placement as Referral.Service announces its start, as the benchmarks seed it: commissioned by a school, started
/// <c>daysBehind</c> days ago, running 100 days ahead, timetabled every day, AM and PM.
/// </summary>
internal static class SeededPlacement
{
    private static readonly List<TimetabledSession> EveryDay = Enum.GetValues<DayOfWeek>().SelectMany(day => new[]
    {
        new TimetabledSession(day, "AM", new TimeOnly(9, 0), new TimeOnly(12, 0)), new TimetabledSession(day, "PM", new TimeOnly(13, 0), new TimeOnly(15, 0)),
    }).ToList();

    public static PlacementStarted Started(Guid placementId, Guid providerId, Guid schoolId, Guid commissionerId, Guid localAuthorityId, int daysBehind)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return new PlacementStarted(new PlacementDetails(placementId, Guid.NewGuid(), schoolId, commissionerId, "school", localAuthorityId, providerId, null,
            "approved_activity", today.AddDays(-daysBehind), today.AddDays(100), EveryDay, 25, true, false, false), DateTimeOffset.UtcNow);
    }
}

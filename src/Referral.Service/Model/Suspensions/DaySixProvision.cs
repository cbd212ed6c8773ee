using System.Linq.Expressions;
using APPlatform.Referrals.Model.Placements;

namespace APPlatform.Referrals.Model.Suspensions;

/// <summary>
/// What meets the day-six duty (EIA 2006 s100; trust policy §10.3): a placement for the pupil that had started by day
/// six and was still running then.
/// </summary>
public static class DaySixProvision
{
    public static Expression<Func<Placement, bool>> Covers(Guid pupilId, DateOnly daySix) =>
        p => p.PupilId == pupilId && p.StartDate <= daySix &&
            (p.Status == PlacementStatus.Active || p.Status == PlacementStatus.Ending || (p.Status == PlacementStatus.Ended && p.EndedOn >= daySix));
}

using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Policies;

namespace APPlatform.Referrals.Model.Rules;

/// <summary>
/// The provider reports on the pupil each term, by the term's last day: the first report is for the term the placement
/// starts in, and each one submitted asks for the next term's while the placement runs and that term begins by its
/// planned end. Terms are the school's own, or England's where its calendar does not reach.
/// </summary>
/// <remarks>Trust policy §12: the provider sends a termly report on progress, behaviour and welfare.</remarks>
public static class TermlyReports
{
    /// <summary>The term whose report is asked for when the placement starts.</summary>
    public static Term First(Placement placement, SchoolDays days) => days.TermOf(placement.StartDate);

    /// <summary>The term whose report follows one due on <paramref name="dueOn"/>, or null when none is due.</summary>
    public static Term? Next(Placement placement, DateOnly dueOn, SchoolDays days)
    {
        if (placement.Status != PlacementStatus.Active)
        {
            return null;
        }

        var next = days.TermOf(dueOn.AddDays(1));
        return placement.PlannedEndDate is null || next.Starts <= placement.PlannedEndDate ? next : null;
    }
}

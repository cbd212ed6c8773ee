using APPlatform.Referrals.Model.Policies;

namespace APPlatform.Referrals.Model.Rules;

/// <summary>
/// The parents of a pupil directed off site are told in writing at least <see cref="SchoolDays"/> school days before
/// the direction starts: school days strictly between the day the notice is issued and the first day.
/// </summary>
/// <remarks>SI 2010/1156 reg 3 (as amended by SI 2012/2532): written notice at least two school days before the start.</remarks>
public static class OffSiteDirectionNotice
{
    public const int SchoolDays = 2;

    /// <summary>Why notice issued on <paramref name="issuedOn"/> is too late for <paramref name="start"/>, or null when it is in time.</summary>
    public static string? Check(DateOnly issuedOn, DateOnly start, SchoolDays days)
    {
        var given = days.SchoolDaysBetween(issuedOn, start);
        return given >= SchoolDays
            ? null
            : $"An off-site direction needs written notice at least {SchoolDays} school days before the start; " +
              $"it was issued on {issuedOn:yyyy-MM-dd}, {given} school day(s) before {start:yyyy-MM-dd}.";
    }
}

using APPlatform.Referrals.Model.Directory;
using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Referrals;

namespace APPlatform.Referrals.Model.Census;

/// <summary>
/// One placement as the school census's "alternative provision placements" module returns it: the setting (its URN,
/// else its UKPRN, else the type of setting: never more than one), entry and leaving dates, the primary reason and
/// the attendance pattern with the sessions a week.
/// </summary>
public sealed record ApPlacementCensusRow(
    string Upn, string Surname, string Forename, string? Urn, string? Ukprn, string? SettingType, DateOnly EntryDate, DateOnly? LeavingDate,
    string Reason, string AttendancePattern, int SessionsPerWeek);

/// <summary>
/// Which placements a school's census return includes and how the platform's terms map to the census codes.
/// DfE school census, module "alternative provision placements arranged by schools" (docs/referrals.md, School census).
/// </summary>
public static class ApPlacementCensus
{
    /// <summary>Type of setting for a provider with neither URN nor UKPRN: the platform does not record tuition, work-based or FE.</summary>
    public const string OtherUnregisteredProvider = "OTH";

    /// <summary>
    /// The census reasons in the order a primary reason is chosen: an exclusion or a direction comes before a health
    /// need (the census asks why the placement was commissioned, not what the pupil needs).
    /// </summary>
    public static readonly IReadOnlyList<(ReferralReason Reason, string Code)> Reasons =
    [
        (ReferralReason.PermanentExclusion, "PEX"),
        (ReferralReason.Suspension, "SUS"),
        (ReferralReason.OffSiteDirection, "OSD"),
        (ReferralReason.MentalHealth, "MEH"),
        (ReferralReason.PhysicalHealth, "PHH"),
        (ReferralReason.AwaitingSpecialistPlacement, "ASP"),
        (ReferralReason.Other, "OTH"),
    ];

    /// <summary>
    /// A placement that ran on any day from <paramref name="collectionFrom"/> (the day after the previous census day)
    /// to the census day; by default the census day alone. One still planned, or cancelled before it started, never ran.
    /// The school returns the placements it arranged; provision the local authority arranged is the LA's to return (the
    /// AP census), not the school's.
    /// </summary>
    public static bool Includes(Placement placement, DateOnly censusDate, DateOnly? collectionFrom = null) =>
        placement.CommissionerType == CommissionerType.School && placement.RanBetween(collectionFrom ?? censusDate, censusDate);

    /// <summary>
    /// The primary reason: a direction off site or a suspension's day-six duty is the reason by law; otherwise the first
    /// census reason the referral gives, in <see cref="Reasons"/>' order; other (the trust policy's own reasons) if none.
    /// </summary>
    public static string ReasonCode(LegalBasis basis, IEnumerable<ReferralReason> given) => basis switch
    {
        LegalBasis.OffSiteDirection => Code(ReferralReason.OffSiteDirection),
        LegalBasis.SuspensionDaySix => Code(ReferralReason.Suspension),
        _ => Reasons.Where(r => given.Contains(r.Reason)).Select(r => r.Code).FirstOrDefault() ?? Code(ReferralReason.Other),
    };

    /// <summary>The setting by its URN if it has one, else its UKPRN, else its type: the census takes exactly one.</summary>
    public static (string? Urn, string? Ukprn, string? SettingType) Setting(ProviderSnapshot? provider) => provider switch
    {
        { Urn: { Length: > 0 } urn } => (urn, null, null),
        { Ukprn: { Length: > 0 } ukprn } => (null, ukprn, null),
        _ => (null, null, OtherUnregisteredProvider),
    };

    public static ApPlacementCensusRow Row(
        Placement placement, Pupil pupil, IEnumerable<ReferralReason> reasons, ProviderSnapshot? provider, DateOnly censusDate,
        FullTimeEducation fullTime)
    {
        var (urn, ukprn, settingType) = Setting(provider);
        return new(pupil.Upn, pupil.LastName, pupil.FirstName, urn, ukprn, settingType, placement.StartDate,
            placement.EndedOn <= censusDate ? placement.EndedOn : null, ReasonCode(placement.LegalBasis, reasons),
            fullTime.IsFullTime(placement) ? "FT" : "PT", placement.Timetable.Count);
    }

    private static string Code(ReferralReason reason) => Reasons.Single(r => r.Reason == reason).Code;
}

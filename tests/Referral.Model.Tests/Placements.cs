using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Referrals;
using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.Referrals.Model.Tests;

/// <summary>Referrals and placements as the rules see them, built in memory.</summary>
internal static class Placements
{
    public static readonly DateTimeOffset Now = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The proposed first day: a Wednesday of the spring term, more than two school days after <see cref="Now"/>.</summary>
    public static readonly DateOnly Start = new(2027, 1, 13);

    public static Caller School { get; } = new("school-portal", Guid.NewGuid(), OrganisationType.School, new HashSet<string>(), null, null);

    public static StaffMember Staff { get; } = new("Pat Pastoral", "Head of Year 10", null, null);

    /// <summary>A placement that has started on 2027-01-04, with <paramref name="timetable"/>.</summary>
    public static Placement Running(List<WeeklySession> timetable, bool soleProvision = false)
    {
        var placement = new Placement
        {
            Id = Guid.NewGuid(),
            Address = "Unit 4, Bank Road",
            PersonResponsible = Staff,
            PastoralContact = Staff,
            Timetable = timetable,
            IsSoleProvision = soleProvision,
            StartDate = new DateOnly(2027, 1, 4),
        };
        placement.Start(School, Now);
        return placement;
    }

    /// <summary>A referral of the school's, a draft proposing three mornings a week from <paramref name="start"/>.</summary>
    public static Referral Drafted(DateOnly start, ReferralRoute route = ReferralRoute.ParentalAgreement)
    {
        var referral = Referral.Start(Guid.NewGuid(), School, School.OrganisationId, null, Guid.NewGuid(), Guid.NewGuid(),
            new Proposal(Guid.NewGuid(), null, Mornings(3), start, null, 300, null), Now);
        referral.Route = route;
        return referral;
    }

    /// <summary>A referral approved by the headteacher and agreed with the parents, with its placement planned.</summary>
    public static (Referral Referral, Placement Placement) Planned(DateOnly start, LegalBasis basis = LegalBasis.SchoolArranged)
    {
        var route = basis == LegalBasis.OffSiteDirection ? ReferralRoute.OffSiteDirection : ReferralRoute.ParentalAgreement;
        var referral = Drafted(start, route);
        Tried(referral);
        referral.Submit(School, Now);
        referral.DecideAsHeadteacher(true, "Dr Sam Head", null, Staff, trustMustApprove: false, School, Now);
        if (route == ReferralRoute.ParentalAgreement)
        {
            referral.RecordParentAgreement(
                new ParentAgreement(start.AddDays(-7), [Staff], true, null, 12, null, null, School.OrganisationId, Now), School, Now);
        }

        var pupil = new Pupil { Id = referral.PupilId, SchoolId = referral.SchoolId, Upn = "A123456789012", FirstName = "Sam", LastName = "Pupil" };
        var placement = Placement.Plan(Guid.NewGuid(), referral, pupil,
            new PlacementPlan(CommissionerType.School, basis, RegistrationMode.ApprovedActivity, "Unit 4, Bank Road", Staff, Staff, false),
            School, Now);
        referral.PlanPlacement(placement.Id, basis, School, Now);
        return (referral, placement);
    }

    /// <summary>Records what was tried first and its impact, which a referral needs before it is submitted (trust policy §6).</summary>
    public static void Tried(Referral referral) => referral.AddToChronology(
        new ChronologyEntry(referral.Proposal.StartDate.AddMonths(-2), ChronologyKind.Intervention, "Mentoring", "Little change", School.OrganisationId, Now));

    public static List<WeeklySession> Mornings(int days) =>
        [.. Enumerable.Range(1, days).Select(day => new WeeklySession((DayOfWeek)day, Session.AM, new TimeOnly(9, 0), new TimeOnly(12, 0)))];

    public static List<WeeklySession> Afternoons(int days) =>
        [.. Enumerable.Range(1, days).Select(day => new WeeklySession((DayOfWeek)day, Session.PM, new TimeOnly(13, 0), new TimeOnly(15, 30)))];

    /// <summary>The parents' written notice of <paramref name="placement"/> from <paramref name="start"/>, issued on <paramref name="issuedOn"/>.</summary>
    public static ParentNotice Notice(Placement placement, DateOnly issuedOn, DateOnly start) =>
        new(Guid.NewGuid(), "Demo Dales Academy", ["A Parent"], "Purpose", "Reason", start, null, placement.Timetable, placement.Address,
            Staff, Staff, placement.LegalBasis == LegalBasis.OffSiteDirection, "Head", Now.AddDays(placement.Notices.Count), issuedOn);

    public static Review Formal(DateOnly heldOn, bool improved) =>
        new(Guid.NewGuid(), ReviewKind.Formal, heldOn, [Staff], "Some", "Continue", improved, School.OrganisationId, Now);
}

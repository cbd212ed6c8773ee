using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Policies;
using APPlatform.Referrals.Model.Referrals;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.Referrals.Tests.Model;

/// <summary>Trust policy, Appendix 1: at most the trust's hours a week at an unregistered provider, at the start and on every change, in memory.</summary>
public sealed class UnregisteredHoursCapTests
{
    private static readonly Caller School = new("school-portal", Guid.NewGuid(), OrganisationType.School, new HashSet<string>(), null, null);

    [Theory]
    [InlineData(false, 15, true)]
    [InlineData(false, 15.5, false)]
    [InlineData(true, 30, true)] // a registered school has no cap
    public void AtTheStartTheHoursMayNotExceedTheTrustsCapAtAnUnregisteredProvider(bool registered, double hours, bool allowed) =>
        Assert.Equal(allowed, new UnregisteredHoursCap(registered, 15).Allows((decimal)hours));

    [Fact]
    public void AChangeThatDoesNotRaiseTheHoursIsAllowedAboveACapTheTrustHasSinceLowered()
    {
        var lowered = new UnregisteredHoursCap(ProviderIsRegistered: false, MaxHoursPerWeek: 10);

        Assert.True(lowered.Allows(12, hoursBefore: 15));
        Assert.True(lowered.Allows(15, hoursBefore: 15));
        Assert.False(lowered.Allows(16, hoursBefore: 15));
    }

    [Fact]
    public void ARunningPlacementsTimetableCannotBeRaisedAboveTheCapAndStaysAsItWas()
    {
        var placement = Running(Mornings(3));

        var refused = Assert.Throws<BusinessRuleException>(() => Rearrange(placement, Mornings(5).Concat(Afternoons(2)).ToList(), new UnregisteredHoursCap(false, 15)));

        Assert.Equal(422, refused.StatusCode);
        Assert.Equal("The timetable has 20 hours a week, above the trust's limit of 15 at an unregistered provider.", refused.Message);
        Assert.Equal(9m, placement.HoursPerWeek);
    }

    [Fact]
    public void ARunningPlacementsTimetableMayChangeWithinTheCapOrAtARegisteredSchool()
    {
        var placement = Running(Mornings(3));

        Rearrange(placement, Mornings(5), new UnregisteredHoursCap(false, 15));
        Assert.Equal(15m, placement.HoursPerWeek);

        Rearrange(placement, Mornings(5).Concat(Afternoons(2)).ToList(), new UnregisteredHoursCap(true, 15));
        Assert.Equal(20m, placement.HoursPerWeek);
    }

    private static void Rearrange(Placement placement, List<WeeklySession> timetable, UnregisteredHoursCap cap) =>
        placement.Rearrange(timetable, null, false, placement.PastoralContact, 300, cap);

    internal static Placement Running(List<WeeklySession> timetable, bool soleProvision = false)
    {
        var staff = new StaffMember("Pat Pastoral", "Head of Year 10", null, null);
        var placement = new Placement
        {
            Id = Guid.NewGuid(),
            Address = "Unit 4, Bank Road",
            PersonResponsible = staff,
            PastoralContact = staff,
            Timetable = timetable,
            IsSoleProvision = soleProvision,
            StartDate = new DateOnly(2027, 1, 4),
        };
        placement.Start(School, DateTimeOffset.UnixEpoch);
        return placement;
    }

    internal static List<WeeklySession> Mornings(int days) =>
        [.. Enumerable.Range(1, days).Select(day => new WeeklySession((DayOfWeek)day, Session.AM, new TimeOnly(9, 0), new TimeOnly(12, 0)))];

    private static List<WeeklySession> Afternoons(int days) =>
        [.. Enumerable.Range(1, days).Select(day => new WeeklySession((DayOfWeek)day, Session.PM, new TimeOnly(13, 0), new TimeOnly(15, 30)))];
}

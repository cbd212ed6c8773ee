using System.ComponentModel.DataAnnotations;
using APPlatform.Referrals.Apis.Requests;
using APPlatform.Referrals.Model.Referrals;
using Microsoft.Extensions.Time.Testing;

namespace APPlatform.Referrals.Model.Tests;

/// <summary>
/// What a referral's input must be before anything is written, field by field, in memory: each invalid field is named
/// (the HTTP test proves the names reach the client as a 400).
/// </summary>
public sealed class ReferralInputValidationTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2027, 1, 15, 12, 0, 0, TimeSpan.Zero));

    private static readonly PupilInput Pupil = new(
        "U820200101001", "Jordan", "Example", new DateOnly(2011, 5, 1), 11, SenProvision.SenSupport, null, false, null, null, null, false, null);

    private static readonly SessionInput Morning = new(DayOfWeek.Monday, Session.AM, new TimeOnly(9, 0), new TimeOnly(12, 0));

    private static readonly ProposalInput Proposal = new(Guid.NewGuid(), null, [Morning], new DateOnly(2027, 2, 1), null, 300, null);

    private static readonly ParentAgreementRequest Agreement = new(
        new DateOnly(2027, 1, 20), [new StaffMemberInput("Sam Example", "Parent", null, null)], true, "School visits fortnightly", 12, "Weekly call", null);

    [Theory]
    [InlineData("a pupil as given", null)]
    [InlineData("a UPN with another's check letter", "Upn")]
    [InlineData("a UPN of twelve characters", "Upn")]
    [InlineData("no first name", "FirstName")]
    [InlineData("a birthday tomorrow", "DateOfBirth")]
    [InlineData("a birthday two years from the year group", "DateOfBirth")]
    [InlineData("year 15", "YearGroup")]
    [InlineData("an EHC plan without its caseworker", "EhcpCaseworker")]
    [InlineData("looked after without a virtual school head", "VirtualSchoolHead")]
    [InlineData("looked after without a social worker", "VirtualSchoolHead")]
    [InlineData("seven carers", "Carers")]
    public void ThePupilIsCheckedAsItComesIn(string pupil, string? refused) => Assert.Equal(refused, Refused(pupil switch
    {
        "a UPN with another's check letter" => Pupil with { Upn = "A820200101001" },
        "a UPN of twelve characters" => Pupil with { Upn = "U82020010100" },
        "no first name" => Pupil with { FirstName = "" },
        "a birthday tomorrow" => Pupil with { DateOfBirth = new DateOnly(2027, 1, 16) },
        "a birthday two years from the year group" => Pupil with { YearGroup = 9 },
        "year 15" => Pupil with { YearGroup = 15 },
        "an EHC plan without its caseworker" => Pupil with { Sen = SenProvision.EhcPlan },
        "looked after without a virtual school head" => Pupil with { IsLookedAfter = true, SocialWorker = "Sol Worker" },
        "looked after without a social worker" => Pupil with { IsLookedAfter = true, VirtualSchoolHead = "Vic Head" },
        "seven carers" => Pupil with { Carers = [.. Enumerable.Repeat(new CarerInput("Sam Example", "Mother", null, null, null), 7)] },
        _ => Pupil,
    }));

    [Theory]
    [InlineData("a Monday morning", null)]
    [InlineData("a Saturday", "Day")]
    [InlineData("a Sunday", "Day")]
    [InlineData("one ending as it starts", "Ends")]
    [InlineData("one ending before it starts", "Ends")]
    public void ASessionIsOnASchoolDayAndEndsAfterItStarts(string session, string? refused) => Assert.Equal(refused, Refused(session switch
    {
        "a Saturday" => Morning with { Day = DayOfWeek.Saturday },
        "a Sunday" => Morning with { Day = DayOfWeek.Sunday },
        "one ending as it starts" => Morning with { Ends = Morning.Starts },
        "one ending before it starts" => Morning with { Ends = new TimeOnly(8, 0) },
        _ => Morning,
    }));

    [Theory]
    [InlineData("a proposal as given", null)]
    [InlineData("a planned end on the start", "PlannedEndDate")]
    [InlineData("a planned end before the start", "PlannedEndDate")]
    [InlineData("the same day and session twice", "Timetable")]
    [InlineData("no sessions", "Timetable")]
    [InlineData("eleven sessions", "Timetable")]
    [InlineData("no start", "StartDate")]
    [InlineData("a cost above 100,000 a week", "CostPerWeek")]
    public void AProposalHasOneToTenDistinctSessionsAndEndsAfterItStarts(string proposal, string? refused) => Assert.Equal(refused, Refused(proposal switch
    {
        "a planned end on the start" => Proposal with { PlannedEndDate = Proposal.StartDate },
        "a planned end before the start" => Proposal with { PlannedEndDate = Proposal.StartDate!.Value.AddDays(-1) },
        "the same day and session twice" => Proposal with { Timetable = [Morning, Morning with { Ends = new TimeOnly(11, 0) }] },
        "no sessions" => Proposal with { Timetable = [] },
        "eleven sessions" => Proposal with { Timetable = [.. Enumerable.Repeat(Morning, 11)] },
        "no start" => Proposal with { StartDate = null },
        "a cost above 100,000 a week" => Proposal with { CostPerWeek = 100_001 },
        _ => Proposal,
    }));

    [Theory]
    [InlineData("an agreement as given", null)]
    [InlineData("an agreement without responsibilities", "Responsibilities")]
    [InlineData("an agreement without a review interval", "Responsibilities")]
    [InlineData("an agreement without how concerns are shared", "Responsibilities")]
    [InlineData("a refusal with none of them", null)]
    [InlineData("a review every 53 weeks", "ReviewEveryWeeks")]
    public void AnAgreementRecordsTheResponsibilitiesTheReviewAndHowConcernsAreShared(string agreement, string? refused) =>
        Assert.Equal(refused, Refused(agreement switch
        {
            "an agreement without responsibilities" => Agreement with { Responsibilities = " " },
            "an agreement without a review interval" => Agreement with { ReviewEveryWeeks = null },
            "an agreement without how concerns are shared" => Agreement with { ConcernsRoute = null },
            "a refusal with none of them" => new ParentAgreementRequest(Agreement.MeetingOn, Agreement.Attendees, false, null, null, null, "Too far"),
            "a review every 53 weeks" => Agreement with { ReviewEveryWeeks = 53 },
            _ => Agreement,
        }));

    /// <summary>The first field named as invalid, as a request's validation would find it, or null when it is valid.</summary>
    private static string? Refused(object input)
    {
        var context = new ValidationContext(input);
        context.InitializeServiceProvider(type => type == typeof(TimeProvider) ? Clock : null);
        var results = new List<ValidationResult>();

        Validator.TryValidateObject(input, context, results, validateAllProperties: true);

        return results.SelectMany(r => r.MemberNames).FirstOrDefault();
    }
}

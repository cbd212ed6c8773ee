using APPlatform.Contracts;
using APPlatform.Contracts.Attendance;
using APPlatform.Contracts.Placements;
using APPlatform.Contracts.Providers;
using APPlatform.Contracts.Referrals;
using APPlatform.Notifications.Model;
using APPlatform.Notifications.Rules;
using static APPlatform.Notifications.Model.Tests.RuleSamples;

namespace APPlatform.Notifications.Model.Tests;

/// <summary>
/// Who hears of each event, and how: the rules' recipients, by the channel each organisation chose, emailed to the
/// contacts it named for the role. Notification.Service.Tests' RuleTests prove the same reaches the inbox and the
/// SMTP server over RabbitMQ.
/// </summary>
public sealed class WhoIsToldTests
{
    public static TheoryData<string> Rules => new(NotificationRules.All.Select(rule => rule.Name));

    [Theory]
    [MemberData(nameof(Rules))]
    public void TheRuleTellsWhoItShouldAndNoOneElse(string rule)
    {
        var sample = RuleSamples.For(rule);
        var everyoneWantsEmail = sample.Told.Select(t => t.Organisation).Distinct()
            .ToDictionary(organisation => organisation, organisation => Settings(organisation, (rule, Channel.Email)));

        var told = WhoIsTold.Of(sample.Event, everyoneWantsEmail);

        Assert.Equal(Sorted(sample.Told), Sorted(told.Select(t => new Told(t.Recipient.OrganisationId, t.Recipient.Role))));
        Assert.Equal(sample.Told.Select(t => t.Organisation).Distinct().Order(), WhoIsTold.Organisations(sample.Event).Order());
        Assert.All(told, t => Assert.Equal(rule, t.Rule.Name));
        Assert.All(told, t => Assert.StartsWith("/api/", t.Message.Link));
        Assert.All(told, t => Assert.Equal(
            t.Recipient.Role == Roles.Parents ? Array.Empty<string>() : [Address(t.Recipient.OrganisationId, t.Recipient.Role)], t.EmailTo));
    }

    [Theory]
    [InlineData("dsl", "absence-escalated-to-dsl", "dsl")]
    [InlineData("local_authority", "absence-escalated-to-la", "la_attendance_team")]
    [InlineData("headteacher", null, null)]
    public void AnEscalationTellsOnlyWhomItIsEscalatedTo(string to, string? rule, string? role)
    {
        var told = WhoIsTold.Of(Escalated(to), NoSettings);

        Assert.Equal(rule is null ? [] : new[] { $"{rule}:{role}" }, told.Select(t => $"{t.Rule.Name}:{t.Recipient.Role}"));
    }

    [Fact]
    public void APlacementTheLocalAuthorityArrangedHasItsReviewsAndReportsToldToTheLaNotTheSchool()
    {
        var (school, la, placement) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        var review = WhoIsTold.Of(new PlacementReviewDue(placement, school, la, Provider, "agreement", Today, false, Now), NoSettings);
        var incident = WhoIsTold.Of(new SeriousIncidentReported(Guid.NewGuid(), placement, school, la, Provider, "injury", Now), NoSettings);

        Assert.Equal(Sorted([new Told(la, "la_ap_team"), new Told(Provider, "provider_contact")]),
            Sorted(review.Select(t => new Told(t.Recipient.OrganisationId, t.Recipient.Role))));
        Assert.Equal(Sorted([new Told(la, "la_ap_team"), new Told(school, "dsl")]), Sorted(incident.Select(t => new Told(t.Recipient.OrganisationId, t.Recipient.Role))));
    }

    [Fact]
    public void AnAbsenceFromProvisionTheLaArrangedAlsoTellsItsAttendanceTeam()
    {
        var (school, la) = (Guid.NewGuid(), Guid.NewGuid());

        var told = WhoIsTold.Of(new AbsenceReported(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), school, Provider, la, Today, "AM", false, Now), NoSettings);

        Assert.Equal(Sorted([new Told(school, "attendance_lead"), new Told(la, "la_attendance_team")]),
            Sorted(told.Select(t => new Told(t.Recipient.OrganisationId, t.Recipient.Role))));
    }

    [Theory]
    [InlineData("school", "ap_lead")]
    [InlineData("trust", "trust_ap_lead")]
    [InlineData("local_authority", "la_ap_team")]
    public void AnExpiringAuditRemindsItsAuthorWhateverKindOfOrganisationWroteIt(string authorType, string role)
    {
        var author = Guid.NewGuid();

        var told = WhoIsTold.Of(new ProviderAuditExpiring(Guid.NewGuid(), Provider, author, authorType, null, Today, Now), NoSettings);

        Assert.Equal(new Told(author, role), new Told(Assert.Single(told).Recipient.OrganisationId, Assert.Single(told).Recipient.Role));
    }

    [Theory]
    [InlineData("requested", "report-requested:provider_contact")]
    [InlineData("due", "report-due:ap_lead", "report-due:provider_contact")]
    [InlineData("overdue", "report-due:ap_lead", "report-due:provider_contact")]
    [InlineData("submitted", "report-submitted:ap_lead")]
    [InlineData("withdrawn")]
    public void AProvidersReportTellsByItsStage(string stage, params string[] expected) =>
        Assert.Equal(expected, WhoIsTold.Of(Report(stage), NoSettings).Select(t => $"{t.Rule.Name}:{t.Recipient.Role}").Order());

    [Theory]
    [InlineData("dual", "placement-started")]
    [InlineData("la_arranged", "placement-started")]
    [InlineData("approved_activity", "non-school-placement-started")]
    public void APlacementStartTellsTheLocalAuthorityUnderTheRuleForItsRegistrationMode(string registrationMode, string rule)
    {
        var told = Assert.Single(WhoIsTold.Of(new PlacementStarted(Placement(registrationMode), Now), NoSettings));

        Assert.Equal((rule, LocalAuthority, Roles.LocalAuthorityApTeam), (told.Rule.Name, told.Recipient.OrganisationId, told.Recipient.Role));
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void TheTrustIsToldOfAReferralOnlyWhileItAwaitsTheTrustsDecision(bool awaitingTrust, bool schoolHasATrust) =>
        Assert.Empty(WhoIsTold.Of(Decided(awaitingTrust, schoolHasATrust), NoSettings));

    [Fact]
    public void ASchoolsReferralSubmittedAsksNoOneAtTheLocalAuthorityToDecide() =>
        Assert.Empty(WhoIsTold.Of(new ReferralSubmitted(Guid.NewGuid(), Guid.NewGuid(), School, Trust, LocalAuthority, false, Now), NoSettings));

    public static TheoryData<string, string[]> WithoutALocalAuthority => new()
    {
        { nameof(ConsecutiveAbsence), [Roles.AttendanceLead] },
        { nameof(IllnessAbsence), [Roles.AttendanceLead] },
        { nameof(PenaltyThresholdReached), [Roles.AttendanceLead] },
        { nameof(SuspensionDaySixWithoutProvision), [Roles.ApLead] },
        { nameof(AbsenceEscalated), [] },
        { nameof(PlacementEnded), [] },
    };

    [Theory]
    [MemberData(nameof(WithoutALocalAuthority))]
    public void AnEventNamingNoLocalAuthorityTellsTheSchoolAlone(string eventType, string[] schoolRoles)
    {
        IIntegrationEvent @event = eventType switch
        {
            nameof(ConsecutiveAbsence) => new ConsecutiveAbsence(Guid.NewGuid(), Guid.NewGuid(), School, null, 10, Now),
            nameof(IllnessAbsence) => new IllnessAbsence(Guid.NewGuid(), Guid.NewGuid(), School, null, 15, Now),
            nameof(PenaltyThresholdReached) => new PenaltyThresholdReached(Guid.NewGuid(), Guid.NewGuid(), School, null, 10, 10, Now),
            nameof(SuspensionDaySixWithoutProvision) => new SuspensionDaySixWithoutProvision(Guid.NewGuid(), Guid.NewGuid(), School, null, Today, Now),
            nameof(AbsenceEscalated) => Escalated("local_authority") with { LocalAuthorityId = null },
            _ => new PlacementEnded(Guid.NewGuid(), Guid.NewGuid(), School, null, Provider, Today, "reintegrated", Now),
        };

        var told = WhoIsTold.Of(@event, NoSettings);

        Assert.All(told, t => Assert.Equal(School, t.Recipient.OrganisationId));
        Assert.Equal(schoolRoles, told.Select(t => t.Recipient.Role));
    }

    [Fact]
    public void AMissingRegisterTellsEachSchoolWithPupilsThereOnce()
    {
        var other = Guid.NewGuid();

        var told = WhoIsTold.Of(new RegisterNotSubmitted(Provider, Today, "AM", 4, [School, other, School], Now), NoSettings);

        Assert.Equal([(School, Roles.AttendanceLead), (other, Roles.AttendanceLead), (Provider, Roles.ProviderContact)],
            told.Select(t => (t.Recipient.OrganisationId, t.Recipient.Role)));
    }

    [Theory]
    [InlineData(Channel.Off, false, false)]
    [InlineData(Channel.Inbox, true, false)]
    [InlineData(Channel.Email, true, true)]
    public void TheOrganisationsChoiceForARuleDecidesWhetherItIsToldAndWhetherItIsEmailed(Channel channel, bool told, bool emailed)
    {
        var tellings = WhoIsTold.Of(Absence(), Only(Settings(School, ("absence-reported", channel))));

        Assert.Equal(told, tellings.Count == 1);
        Assert.Equal(emailed, tellings.Any(t => t.Channel == Channel.Email && t.EmailTo.Count > 0));
    }

    [Theory]
    [InlineData("absence-reported", Channel.Email)]
    [InlineData("report-submitted", Channel.Inbox)]
    public void WithoutAChoiceARuleArrivesByItsDefaultEmailButForAReportReceived(string rule, Channel channel)
    {
        var sample = RuleSamples.For(rule);

        var told = Assert.Single(WhoIsTold.Of(sample.Event, Only(Settings(School))));

        Assert.Equal(channel, told.Channel);
        Assert.Equal(channel == Channel.Email ? 1 : 0, told.EmailTo.Count);
    }

    [Fact]
    public void AnOrganisationWithoutSettingsIsToldInItsInboxButEmailsNoOne()
    {
        var told = Assert.Single(WhoIsTold.Of(Absence(), NoSettings));

        Assert.Equal(Channel.Email, told.Channel);
        Assert.Empty(told.EmailTo);
    }

    [Fact]
    public void OneOrganisationTurningARuleOffDoesNotSilenceItForAnother()
    {
        var settings = new Dictionary<Guid, OrganisationSettings>
        {
            [School] = Settings(School, ("consecutive-absence", Channel.Off)),
            [LocalAuthority] = Settings(LocalAuthority),
        };

        var told = Assert.Single(WhoIsTold.Of(new ConsecutiveAbsence(Guid.NewGuid(), Guid.NewGuid(), School, LocalAuthority, 10, Now), settings));

        Assert.Equal([Address(LocalAuthority, Roles.LocalAuthorityAttendanceTeam)], told.EmailTo);
    }

    [Fact]
    public void AnEmailGoesToEveryContactOfTheRulesRoleAndToNoOtherRoles()
    {
        var settings = Settings(School);
        settings.Contacts[Roles.AttendanceLead] = ["attendance@school.example", "deputy@school.example"];

        var told = Assert.Single(WhoIsTold.Of(Absence(), Only(settings)));

        Assert.Equal(["attendance@school.example", "deputy@school.example"], told.EmailTo);
    }

    private static readonly Dictionary<Guid, OrganisationSettings> NoSettings = [];

    private static IEnumerable<Told> Sorted(IEnumerable<Told> told) => told.OrderBy(t => t.Organisation).ThenBy(t => t.Role);

    private static Dictionary<Guid, OrganisationSettings> Only(OrganisationSettings settings) => new() { [settings.OrganisationId] = settings };

    /// <summary>A contact for every role, and these channels chosen.</summary>
    private static OrganisationSettings Settings(Guid organisation, params (string Rule, Channel Channel)[] channels) => new()
    {
        OrganisationId = organisation,
        Contacts = Roles.WithContacts.ToDictionary(role => role, role => new List<string> { Address(organisation, role) }),
        Channels = channels.ToDictionary(c => c.Rule, c => c.Channel),
    };

    private static string Address(Guid organisation, string role) => $"{role}@{organisation:N}.example";
}

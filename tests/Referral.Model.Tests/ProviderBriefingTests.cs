using APPlatform.Referrals.Model.Briefings;
using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Rules;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;
using static APPlatform.Referrals.Model.Tests.Placements;

namespace APPlatform.Referrals.Model.Tests;

/// <summary>Trust policy §10.4–§10.8, §11: who tells the provider what about the pupil, on which basis, and who reads it.</summary>
public sealed class ProviderBriefingTests
{
    private static Caller Person(Caller organisation, params string[] roles) =>
        organisation with { Person = new Person(Guid.NewGuid(), "Someone", roles.ToHashSet()) };

    private static (Placement Placement, ProviderBriefing Briefing) Planned()
    {
        var (_, placement) = Placements.Planned(Start);
        return (placement, ProviderBriefing.For(placement));
    }

    private static BriefingSection Part(BriefingTopic topic, LawfulBasis basis = LawfulBasis.StatutoryPurpose, string summary = "Needs a quiet space") =>
        new(topic, summary, "Visual timetable", basis, "Someone", Now);

    [Theory]
    [InlineData(BriefingTopic.Send, PersonRoles.Senco, true)]
    [InlineData(BriefingTopic.Send, PersonRoles.DesignatedSafeguardingLead, false)]
    [InlineData(BriefingTopic.Medical, PersonRoles.Senco, true)]
    [InlineData(BriefingTopic.Medical, PersonRoles.DesignatedSafeguardingLead, true)]
    [InlineData(BriefingTopic.Medical, PersonRoles.ApLead, false)]
    [InlineData(BriefingTopic.Safeguarding, PersonRoles.DesignatedSafeguardingLead, true)]
    [InlineData(BriefingTopic.Safeguarding, PersonRoles.Senco, false)]
    [InlineData(BriefingTopic.Safeguarding, PersonRoles.Headteacher, false)]
    [InlineData(BriefingTopic.RiskAssessment, PersonRoles.ApLead, true)]
    [InlineData(BriefingTopic.RiskAssessment, PersonRoles.Staff, false)]
    public void TheDslSharesSafeguardingAndTheSencoSend(BriefingTopic topic, string role, bool may)
    {
        var (placement, briefing) = Planned();
        var share = () => briefing.Share(Part(topic, LawfulBasis.SafeguardingChildren), placement, Person(School, role));

        if (may)
        {
            share();
            Assert.Equal(topic, Assert.Single(briefing.Sections).Topic);
        }
        else
        {
            Assert.Throws<NotPermittedException>(share);
            Assert.Empty(briefing.Sections);
        }
    }

    [Theory]
    [InlineData(BriefingTopic.Send, PersonRoles.SendCaseworker, true)]
    [InlineData(BriefingTopic.Send, PersonRoles.ApTeam, false)]
    [InlineData(BriefingTopic.Safeguarding, PersonRoles.ApTeam, true)]
    [InlineData(BriefingTopic.Medical, PersonRoles.AttendanceTeam, false)]
    public void ForAPlacementTheLaCommissionsItsApTeamAndSendCaseworkerShare(BriefingTopic topic, string role, bool may)
    {
        var la = School with { OrganisationType = OrganisationType.LocalAuthority };
        Assert.Equal(may, BriefingRules.MayShare(Person(la, role), CommissionerType.LocalAuthority, topic));
    }

    [Fact]
    public void ASystemActingForTheSchoolSharesAnyPart()
    {
        var (placement, briefing) = Planned();

        foreach (var topic in Enum.GetValues<BriefingTopic>())
        {
            briefing.Share(Part(topic), placement, School);
        }

        Assert.Equal(Enum.GetValues<BriefingTopic>(), briefing.Sections.Select(s => s.Topic));
    }

    [Theory]
    [InlineData(BriefingTopic.Send, LawfulBasis.PublicTask, false)]
    [InlineData(BriefingTopic.Medical, LawfulBasis.PublicTask, false)]
    [InlineData(BriefingTopic.Safeguarding, LawfulBasis.PublicTask, false)]
    [InlineData(BriefingTopic.Safeguarding, LawfulBasis.SafeguardingChildren, true)]
    [InlineData(BriefingTopic.Medical, LawfulBasis.ExplicitConsent, true)]
    [InlineData(BriefingTopic.Send, LawfulBasis.StatutoryPurpose, true)]
    [InlineData(BriefingTopic.RiskAssessment, LawfulBasis.PublicTask, true)]
    public void SpecialCategoryPartsNeedAnArticleNineCondition(BriefingTopic topic, LawfulBasis basis, bool accepted)
    {
        var (placement, briefing) = Planned();
        var share = () => briefing.Share(Part(topic, basis), placement, School);

        if (accepted)
        {
            share();
        }
        else
        {
            Assert.Contains("Art. 9", Assert.Throws<RuleViolationException>(share).Message);
        }
    }

    [Fact]
    public void SharingATopicAgainReplacesWhatWasShared()
    {
        var (placement, briefing) = Planned();

        briefing.Share(Part(BriefingTopic.Send, summary: "First"), placement, School);
        briefing.Share(Part(BriefingTopic.Send, summary: "Second"), placement, School);

        Assert.Equal("Second", Assert.Single(briefing.Sections).Summary);
    }

    [Fact]
    public void AWithdrawnPartIsNoLongerSharedAndWithdrawingNothingIsAConflict()
    {
        var (placement, briefing) = Planned();
        briefing.Share(Part(BriefingTopic.Medical), placement, School);

        briefing.Withdraw(BriefingTopic.Medical, placement, School);

        Assert.Empty(briefing.Sections);
        Assert.Throws<StateConflictException>(() => briefing.Withdraw(BriefingTopic.Medical, placement, School));
    }

    [Fact]
    public void NothingMoreIsSharedOnceThePlacementHasEnded()
    {
        var (placement, briefing) = Planned();
        placement.Start(School, Now);
        placement.End(PlacementEndReason.Completed, Start.AddDays(30), null, Destination.AnotherSchool, null, School, Now);

        Assert.Throws<StateConflictException>(() => briefing.Share(Part(BriefingTopic.Send), placement, School));
    }

    [Fact]
    public void TheProvidersStaffReadItOnlyOnceThePlacementIsSharedWithTheProvider()
    {
        var (placement, _) = Planned();
        var provider = new Caller("provider-portal", placement.ProviderId, OrganisationType.Provider, new HashSet<string>(), null, null);

        Assert.False(BriefingRules.MayRead(Person(provider, PersonRoles.RegisterStaff), placement));
        placement.ShareWithProvider(Now);
        Assert.True(BriefingRules.MayRead(Person(provider, PersonRoles.RegisterStaff), placement));
        Assert.True(BriefingRules.MayRead(Person(provider, PersonRoles.Manager), placement));
        Assert.False(BriefingRules.MayRead(Person(provider, PersonRoles.Administrator), placement));
        Assert.False(BriefingRules.MayRead(provider with { OrganisationId = Guid.NewGuid() }, placement));
    }

    [Theory]
    [InlineData(PersonRoles.Senco, true)]
    [InlineData(PersonRoles.Headteacher, true)]
    [InlineData(PersonRoles.ApLead, true)]
    [InlineData(PersonRoles.AttendanceLead, false)]
    [InlineData(PersonRoles.Staff, false)]
    public void AtTheSchoolThoseWhoShareOrOverseeReadIt(string role, bool reads)
    {
        var (placement, _) = Planned();
        Assert.Equal(reads, BriefingRules.MayRead(Person(School, role), placement));
    }

    [Fact]
    public void TheTrustReadsNoneOfIt()
    {
        var (placement, _) = Planned();
        Assert.False(BriefingRules.MayRead(School with { OrganisationType = OrganisationType.Trust }, placement));
    }

    [Theory]
    [InlineData(PersonRoles.Senco, false)]
    [InlineData(PersonRoles.ApLead, false)]
    [InlineData(PersonRoles.DesignatedSafeguardingLead, true)]
    [InlineData(PersonRoles.Headteacher, true)]
    public void AtTheSchoolTheDslsPartIsForThoseWhoReadSafeguardingDetail(string role, bool shown)
    {
        var (placement, _) = Planned();
        Assert.Equal(shown, BriefingRules.Shows(Person(School, role), placement, BriefingTopic.Safeguarding));
        Assert.True(BriefingRules.Shows(Person(School, role), placement, BriefingTopic.Send));
    }
}

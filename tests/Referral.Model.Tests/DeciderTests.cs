using APPlatform.Referrals.Model.Referrals;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.Referrals.Model.Tests;

/// <summary>Trust policy §7: who decides on a referral at each stage, in memory.</summary>
public sealed class DeciderTests
{
    private static readonly Caller School = new("school-portal", Guid.NewGuid(), OrganisationType.School, new HashSet<string>(), null, null);
    private static readonly Caller Trust = School with { ClientId = "trust-portal", OrganisationType = OrganisationType.Trust };

    private static Caller Signed(Caller organisation, string name, params string[] roles) =>
        organisation with { Person = new Person(Guid.NewGuid(), name, roles.ToHashSet()) };

    [Fact]
    public void TheHeadteacherStageNeedsASignedInHeadteacherWhoDecidesInTheirOwnName()
    {
        var head = Signed(School, "Dr Sam Head", PersonRoles.Headteacher, PersonRoles.Administrator);

        var decider = Decider.For(ApprovalStage.Headteacher, head, null);

        Assert.Equal(new Decider("Dr Sam Head", head.Person!.Id, null), decider);
        Assert.Equal(decider, Decider.For(ApprovalStage.Headteacher, head, " Dr Sam Head "));
        Assert.Throws<RuleViolationException>(() => Decider.For(ApprovalStage.Headteacher, head, "Someone Else"));
        Assert.Throws<NotPermittedException>(() =>
            Decider.For(ApprovalStage.Headteacher, Signed(School, "Alex Lead", PersonRoles.ApLead, PersonRoles.DesignatedSafeguardingLead), null));
    }

    [Theory]
    [InlineData(PersonRoles.ApLead, true)]
    [InlineData(PersonRoles.Executive, true)]
    [InlineData(PersonRoles.Administrator, false)]
    public void TheTrustStageNeedsTheTrustsApLeadOrAnExecutive(string role, bool mayDecide)
    {
        var person = Signed(Trust, "Jo Trust", role);

        if (mayDecide)
        {
            Assert.Equal("Jo Trust", Decider.For(ApprovalStage.Trust, person, null).Name);
        }
        else
        {
            Assert.Throws<NotPermittedException>(() => Decider.For(ApprovalStage.Trust, person, null));
        }
    }

    [Fact]
    public void ASystemNamesThePersonAndTheRecordKeepsWhichClientSaidSo()
    {
        Assert.Equal(new Decider("Dr Sam Head", null, "school-portal"), Decider.For(ApprovalStage.Headteacher, School, "Dr Sam Head"));
        Assert.Throws<RuleViolationException>(() => Decider.For(ApprovalStage.Headteacher, School, " "));
    }
}

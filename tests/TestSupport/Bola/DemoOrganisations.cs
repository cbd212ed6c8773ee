using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.TestSupport.Bola;

/// <summary>
/// One of the demo clients' organisations (src/Gateway/appsettings.Development.json), and the organisation whose records
/// it tries to reach: its counterpart across the border, or for the second trust school its sibling school.
/// </summary>
public sealed record DemoOrganisation(string Name, TestCaller Caller, string? Attacks)
{
    public OrganisationType Type => Caller.OrganisationType;

    public override string ToString() => Name;
}

/// <summary>
/// The demo organisations as the gateway's development clients have them: Demoshire (its council, a trust, two of
/// the trust's schools) and Westmoor (its council, a school in no trust), two providers and a platform admin.
/// </summary>
public static class DemoOrganisations
{
    public static readonly Guid DemoshireId = Id("1a000000", 1);
    public static readonly Guid WestmoorId = Id("1a000000", 2);
    public static readonly Guid TrustId = Id("7a000000", 1);

    public static readonly DemoOrganisation Admin = new("demo-admin", TestCaller.PlatformAdmin() with { OrganisationId = Id("a0000000", 1) }, null);
    public static readonly DemoOrganisation Demoshire = new("demo-la", TestCaller.LocalAuthority(DemoshireId), "demo-la-2");
    public static readonly DemoOrganisation Westmoor = new("demo-la-2", TestCaller.LocalAuthority(WestmoorId), "demo-la");
    public static readonly DemoOrganisation Trust = new("demo-trust", TestCaller.Trust(TrustId, DemoshireId), "demo-school-3");
    public static readonly DemoOrganisation DalesSchool = new("demo-school", School(1, TrustId, DemoshireId), "demo-school-3");
    public static readonly DemoOrganisation ValeSchool = new("demo-school-2", School(2, TrustId, DemoshireId), "demo-school");
    public static readonly DemoOrganisation WestmoorHigh = new("demo-school-3", School(3, null, WestmoorId), "demo-school");
    public static readonly DemoOrganisation SkillsCentre = new("demo-provider", TestCaller.Provider(Id("9d000000", 1)), "demo-provider-2");
    public static readonly DemoOrganisation LearningAcademy = new("demo-provider-2", TestCaller.Provider(Id("9d000000", 2)), "demo-provider");

    public static IReadOnlyList<DemoOrganisation> All { get; } =
        [Admin, Demoshire, Westmoor, Trust, DalesSchool, ValeSchool, WestmoorHigh, SkillsCentre, LearningAcademy];

    public static DemoOrganisation Named(string name) => All.Single(organisation => organisation.Name == name);

    private static TestCaller School(int number, Guid? trustId, Guid localAuthorityId) =>
        TestCaller.School(Id("5c000000", number), trustId, localAuthorityId);

    /// <summary>The demo ids' pattern: a prefix for the kind of organisation, a number at the end.</summary>
    private static Guid Id(string prefix, int number) => Guid.Parse($"{prefix}-0000-0000-0000-{number:D12}");
}

using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.Attendance.Model.Tests;

/// <summary>What the DSL records on a case escalated to them is the DSL's view: for the DSL, the headteacher and those the school names.</summary>
public sealed class DslViewTests
{
    private static readonly Guid School = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 11, 0, 0, TimeSpan.Zero);
    private const string DslsNote = "Strategy meeting planned with social care.";

    private static AbsenceCase EscalatedTo(EscalatedTo to, string byRole)
    {
        var absence = new AbsenceCase { Id = Guid.NewGuid(), SchoolId = School };
        absence.Escalate(to, "Sibling known to social care", Callers.AttendanceLead, Now);
        absence.Act(CaseActionKind.Note, DslsNote, Callers.Person(School, "Dana", byRole), Now);
        return absence;
    }

    [Theory]
    [InlineData(Model.EscalatedTo.Dsl, PersonRoles.DesignatedSafeguardingLead, true)]
    [InlineData(Model.EscalatedTo.Dsl, PersonRoles.AttendanceLead, false)]
    [InlineData(Model.EscalatedTo.LocalAuthority, PersonRoles.DesignatedSafeguardingLead, false)]
    public void OnlyTheDslsOwnNoteOnACaseEscalatedToThemIsTheirView(EscalatedTo to, string byRole, bool safeguarding) =>
        Assert.Equal(safeguarding, EscalatedTo(to, byRole).Actions[^1].Safeguarding);

    [Theory]
    [InlineData(PersonRoles.DesignatedSafeguardingLead, true)]
    [InlineData(PersonRoles.Headteacher, true)]
    [InlineData(PersonRoles.AttendanceLead, false)]
    [InlineData(PersonRoles.ApLead, false)]
    public void TheDslsNoteIsReadByTheDslAndTheHeadteacherAndWithheldFromOthers(string readerRole, bool reads)
    {
        var absence = EscalatedTo(Model.EscalatedTo.Dsl, PersonRoles.DesignatedSafeguardingLead);

        var seen = absence.ActionsAsSeenBy(Callers.Person(School, "Reader", readerRole))[^1];

        Assert.Equal(reads, seen.Note == DslsNote);
        Assert.True(seen.Safeguarding);
    }

    [Fact]
    public void SomeoneTheSchoolNamesForSafeguardingReadsTheDslsNote()
    {
        var absence = EscalatedTo(Model.EscalatedTo.Dsl, PersonRoles.DesignatedSafeguardingLead);
        var named = Callers.Of(OrganisationType.School, School) with
        {
            Person = new Person(Guid.NewGuid(), "Deputy", new HashSet<string> { PersonRoles.Staff }, NamedForSafeguarding: true),
        };

        Assert.Equal(DslsNote, absence.ActionsAsSeenBy(named)[^1].Note);
    }

    [Fact]
    public void ASystemActingForTheSchoolReadsWhatTheSchoolMay() =>
        Assert.Equal(DslsNote, EscalatedTo(Model.EscalatedTo.Dsl, PersonRoles.DesignatedSafeguardingLead)
            .ActionsAsSeenBy(Callers.Of(OrganisationType.School, School))[^1].Note);
}

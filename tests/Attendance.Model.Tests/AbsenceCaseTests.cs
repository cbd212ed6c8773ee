using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.Attendance.Model.Tests;

/// <summary>
/// The follow-up of an absence (trust policy §10.6): unexplained → contacted → explained → closed, or escalated;
/// each state × each step the school may take.
/// </summary>
public sealed class AbsenceCaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 11, 0, 0, TimeSpan.Zero);

    /// <summary>The case brought to <paramref name="status"/> the way the school brings it there.</summary>
    private static AbsenceCase CaseIn(CaseStatus status)
    {
        var absence = new AbsenceCase { Id = Guid.NewGuid() };
        var lead = Callers.AttendanceLead;
        switch (status)
        {
            case CaseStatus.Contacted:
                absence.Act(CaseActionKind.Called, "No answer", lead, Now);
                break;
            case CaseStatus.Explained:
                absence.Explain("I", "Mum rang: flu", lead, Now);
                break;
            case CaseStatus.Escalated:
                absence.Escalate(EscalatedTo.Dsl, "Third day, no contact", lead, Now);
                break;
            case CaseStatus.Closed:
                absence.Explain("I", "Mum rang: flu", lead, Now);
                absence.Close(null, lead, Now);
                break;
        }

        Assert.Equal(status, absence.Status);
        return absence;
    }

    private static void Take(AbsenceCase absence, string step)
    {
        var lead = Callers.AttendanceLead;
        switch (step)
        {
            case "call": absence.Act(CaseActionKind.Called, "Spoke to dad", lead, Now); break;
            case "note": absence.Act(CaseActionKind.Note, "Provider says unwell", lead, Now); break;
            case "explain": absence.Explain("M", "Dentist, letter seen", lead, Now); break;
            case "escalate": absence.Escalate(EscalatedTo.LocalAuthority, "Missing from education", lead, Now); break;
            case "close": absence.Close("Done", lead, Now); break;
        }
    }

    [Theory]
    [InlineData(CaseStatus.Unexplained, "call", CaseStatus.Contacted)]
    [InlineData(CaseStatus.Unexplained, "note", CaseStatus.Unexplained)]
    [InlineData(CaseStatus.Unexplained, "explain", CaseStatus.Explained)]
    [InlineData(CaseStatus.Unexplained, "escalate", CaseStatus.Escalated)]
    [InlineData(CaseStatus.Contacted, "call", CaseStatus.Contacted)]
    [InlineData(CaseStatus.Contacted, "note", CaseStatus.Contacted)]
    [InlineData(CaseStatus.Contacted, "explain", CaseStatus.Explained)]
    [InlineData(CaseStatus.Contacted, "escalate", CaseStatus.Escalated)]
    [InlineData(CaseStatus.Explained, "call", CaseStatus.Explained)]
    [InlineData(CaseStatus.Explained, "explain", CaseStatus.Explained)]
    [InlineData(CaseStatus.Explained, "escalate", CaseStatus.Escalated)]
    [InlineData(CaseStatus.Explained, "close", CaseStatus.Closed)]
    [InlineData(CaseStatus.Escalated, "call", CaseStatus.Escalated)]
    [InlineData(CaseStatus.Escalated, "explain", CaseStatus.Explained)]
    [InlineData(CaseStatus.Escalated, "close", CaseStatus.Closed)]
    public void EachStepMovesTheCaseAsTheFollowUpGoesAndIsRecorded(CaseStatus from, string step, CaseStatus to)
    {
        var absence = CaseIn(from);
        var steps = absence.Actions.Count;

        Take(absence, step);

        Assert.Equal(to, absence.Status);
        Assert.Equal(steps + 1, absence.Actions.Count);
        Assert.Equal("Alex Turner", absence.Actions[^1].By);
    }

    [Theory]
    [InlineData(CaseStatus.Unexplained, "close")]
    [InlineData(CaseStatus.Contacted, "close")]
    [InlineData(CaseStatus.Closed, "call")]
    [InlineData(CaseStatus.Closed, "note")]
    [InlineData(CaseStatus.Closed, "explain")]
    [InlineData(CaseStatus.Closed, "escalate")]
    [InlineData(CaseStatus.Closed, "close")]
    public void AStepTheCaseCannotTakeIsAConflictAndChangesNothing(CaseStatus from, string step)
    {
        var absence = CaseIn(from);
        var steps = absence.Actions.Count;

        Assert.Throws<StateConflictException>(() => Take(absence, step));

        Assert.Equal(from, absence.Status);
        Assert.Equal(steps, absence.Actions.Count);
    }

    [Theory]
    [InlineData("m", "M")]
    [InlineData(" c1 ", "C1")]
    [InlineData("O", "O")]
    public void AConfirmedCodeIsRecordedAsTheRegisterHoldsIt(string asked, string recorded)
    {
        var absence = CaseIn(CaseStatus.Unexplained);

        absence.Explain(asked, "As the family said", Callers.AttendanceLead, Now);

        Assert.Equal(recorded, absence.Code);
    }

    [Theory]
    [InlineData("N")]
    [InlineData("B")]
    [InlineData("D")]
    [InlineData("/")]
    [InlineData("ZZ")]
    public void OnlyAnAbsenceCodeExplainsAnAbsence(string code)
    {
        var absence = CaseIn(CaseStatus.Contacted);

        Assert.Throws<RuleViolationException>(() => absence.Explain(code, "Whatever", Callers.AttendanceLead, Now));

        Assert.Equal((CaseStatus.Contacted, (string?)null), (absence.Status, absence.Code));
    }

    [Theory]
    [InlineData(CaseStatus.Unexplained)]
    [InlineData(CaseStatus.Contacted)]
    public void AMarkCorrectedToAttendedClosesItsCase(CaseStatus from)
    {
        var absence = CaseIn(from);

        absence.Withdraw(Callers.Of(OrganisationType.Provider, Guid.NewGuid()), Now);

        Assert.Equal(CaseStatus.Closed, absence.Status);
        Assert.False(absence.IsOpen);
    }
}

using System.ComponentModel.DataAnnotations;
using APPlatform.Attendance.Apis;
using APPlatform.Attendance.Apis.Requests;

namespace APPlatform.Attendance.Model.Tests;

/// <summary>
/// What each request declares about its fields, which the host answers with a 400 naming them (one HTTP test,
/// DailyReturnTests, proves that wiring): each row is one request, and the field it gets wrong, if any.
/// </summary>
public sealed class RequestValidationTests
{
    private static readonly Guid Placement = Guid.NewGuid();

    private static MarkInput Mark(MarkStatus? status = MarkStatus.Present, int? minutesLate = null, string? reason = null) =>
        new(Placement, Session.AM, status, minutesLate, reason);

    private static readonly Dictionary<string, object> Requests = new()
    {
        ["present"] = Mark(),
        ["late 12 minutes"] = Mark(MarkStatus.Late, 12),
        ["late 300 minutes"] = Mark(MarkStatus.Late, 300),
        ["absent with a reason"] = Mark(MarkStatus.Absent, reason: "Mum rang: ill"),
        ["no placement"] = new MarkInput(null, Session.AM, MarkStatus.Present, null, null),
        ["no session"] = new MarkInput(Placement, null, MarkStatus.Present, null, null),
        ["no status"] = Mark(status: null),
        ["missing"] = Mark(MarkStatus.Missing),
        ["present 5 minutes late"] = Mark(MarkStatus.Present, 5),
        ["absent 5 minutes late"] = Mark(MarkStatus.Absent, 5),
        ["late 0 minutes"] = Mark(MarkStatus.Late, 0),
        ["late 301 minutes"] = Mark(MarkStatus.Late, 301),
        ["a 501-character reason"] = Mark(MarkStatus.Absent, reason: new string('x', 501)),
        ["a return"] = new DailyReturnRequest(new DateOnly(2026, 12, 1), [Mark()]),
        ["a return with no date"] = new DailyReturnRequest(null, [Mark()]),
        ["a return with no marks"] = new DailyReturnRequest(new DateOnly(2026, 12, 1), []),
        ["a return of 2001 marks"] = new DailyReturnRequest(new DateOnly(2026, 12, 1), [.. Enumerable.Repeat(Mark(), 2001)]),
        ["a single mark with no date"] = new SingleMarkRequest(null, Placement, Session.PM, MarkStatus.Present, null, null),
        ["a target of 50%"] = new TargetRequest(50),
        ["a target of 100%"] = new TargetRequest(100),
        ["a target of 49.9%"] = new TargetRequest(49.9m),
        ["a target of 100.1%"] = new TargetRequest(100.1m),
        ["no target"] = new TargetRequest(null),
        ["cut-offs with no morning"] = new CutoffRequest(null, new TimeOnly(14, 0)),
        ["an explanation"] = new ExplainRequest("C1", "Performing in a licensed show"),
        ["a four-letter code"] = new ExplainRequest("ABCD", "Whatever it was"),
        ["a two-letter explanation"] = new ExplainRequest("I", "ok"),
        ["an escalation to nobody"] = new EscalateRequest(null, "Three days, no contact"),
        ["an escalation with no note"] = new EscalateRequest(EscalatedTo.Dsl, ""),
        ["a 2001-character case note"] = new CaseActionRequest(CaseActionKind.Note, new string('x', 2001)),
        ["a case action of no kind"] = new CaseActionRequest(null, "Rang"),
    };

    [Theory]
    [InlineData("present", null)]
    [InlineData("late 12 minutes", null)]
    [InlineData("late 300 minutes", null)]
    [InlineData("absent with a reason", null)]
    [InlineData("no placement", "PlacementId")]
    [InlineData("no session", "Session")]
    [InlineData("no status", "Status")]
    [InlineData("missing", "Status")]
    [InlineData("present 5 minutes late", "MinutesLate")]
    [InlineData("absent 5 minutes late", "MinutesLate")]
    [InlineData("late 0 minutes", "MinutesLate")]
    [InlineData("late 301 minutes", "MinutesLate")]
    [InlineData("a 501-character reason", "Reason")]
    [InlineData("a return", null)]
    [InlineData("a return with no date", "Date")]
    [InlineData("a return with no marks", "Marks")]
    [InlineData("a return of 2001 marks", "Marks")]
    [InlineData("a single mark with no date", "Date")]
    [InlineData("a target of 50%", null)]
    [InlineData("a target of 100%", null)]
    [InlineData("a target of 49.9%", "Percent")]
    [InlineData("a target of 100.1%", "Percent")]
    [InlineData("no target", "Percent")]
    [InlineData("cut-offs with no morning", "Morning")]
    [InlineData("an explanation", null)]
    [InlineData("a four-letter code", "Code")]
    [InlineData("a two-letter explanation", "Explanation")]
    [InlineData("an escalation to nobody", "To")]
    [InlineData("an escalation with no note", "Note")]
    [InlineData("a 2001-character case note", "Note")]
    [InlineData("a case action of no kind", "Kind")]
    public void ARequestIsRefusedNamingTheFieldItGetsWrong(string request, string? field)
    {
        var errors = new List<ValidationResult>();

        Validator.TryValidateObject(Requests[request], new ValidationContext(Requests[request]), errors, validateAllProperties: true);

        Assert.Equal(field is null ? [] : [field], errors.SelectMany(e => e.MemberNames).Distinct());
    }
}

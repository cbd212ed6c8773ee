using APPlatform.Web.Design.TagHelpers;
using APPlatform.Web.Platform;

namespace APPlatform.Web.Pages.Absences;

/// <summary>How an absence case's status and deadline read on the list and on the case page.</summary>
public static class CaseDisplay
{
    public static string Status(CaseStatus status) => status switch
    {
        CaseStatus.Unexplained => "Not yet explained",
        CaseStatus.Contacted => "Family contacted",
        CaseStatus.Explained => "Explained",
        CaseStatus.Escalated => "Escalated",
        _ => "Closed",
    };

    public static TagColour Colour(CaseStatus status) => status switch
    {
        CaseStatus.Unexplained => TagColour.Red,
        CaseStatus.Contacted => TagColour.Yellow,
        CaseStatus.Explained => TagColour.Green,
        CaseStatus.Escalated => TagColour.Purple,
        _ => TagColour.Grey,
    };

    public static bool IsOpen(CaseStatus status) => status is CaseStatus.Unexplained or CaseStatus.Contacted;

    public static string Session(Session session) => session == Platform.Session.AM ? "morning" : "afternoon";

    /// <summary>At the start of a table cell: "Morning".</summary>
    public static string SessionHeading(Session session) => session == Platform.Session.AM ? "Morning" : "Afternoon";

    public static string Action(CaseActionKind kind) => kind switch
    {
        CaseActionKind.Called => "Phoned the family",
        CaseActionKind.Messaged => "Messaged the family",
        CaseActionKind.HomeVisit => "Home visit",
        _ => "Note",
    };
}

using APPlatform.Web.Design.TagHelpers;
using APPlatform.Web.Platform;

namespace APPlatform.Web.Pages.Placements;

/// <summary>How a placement's status and what it has due read on the list and on the placement page.</summary>
public static class PlacementDisplay
{
    public const string DateFormat = "d MMMM yyyy";

    public static string Status(string status) => status switch
    {
        "planned" => "Planned",
        "active" => "Running",
        "ending" => "Ending",
        _ => "Ended",
    };

    public static TagColour Colour(string status) => status switch
    {
        "planned" => TagColour.Blue,
        "active" => TagColour.Green,
        "ending" => TagColour.Yellow,
        _ => TagColour.Grey,
    };

    /// <summary>"Agreement review" or "Spring 2027 report".</summary>
    public static string What(MonitoringDue due) => due.Kind == "agreement_review" ? "Agreement review" : $"{due.Term} report";

    public static bool IsOverdue(MonitoringDue due, DateOnly today) => due.DueOn < today;
}

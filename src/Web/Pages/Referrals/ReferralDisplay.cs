using APPlatform.Web.Design.TagHelpers;

namespace APPlatform.Web.Pages.Referrals;

/// <summary>
/// How a referral's status reads, and the school's next step from it (the way from referral to placement in
/// docs/referrals.md): the referral service holds the status, the web pages say what it asks of the school.
/// </summary>
public static class ReferralDisplay
{
    /// <summary>
    /// The referral's status as the school follows it: a referral stays placement_planned once its placement starts,
    /// so a placement known to be under way makes it "placed".
    /// </summary>
    public static string Stage(string status, string? placementStatus) =>
        status == "placement_planned" && placementStatus is not (null or "planned") ? "placed" : status;

    public static string Status(string stage) => stage switch
    {
        "draft" => "Draft",
        "submitted" => "Awaiting the headteacher",
        "information_requested" => "Information requested",
        "awaiting_trust_approval" => "Awaiting the trust",
        "approved" => "Approved",
        "rejected" => "Not approved",
        "parent_agreed" => "Parents agreed",
        "parent_refused" => "Parents did not agree",
        "placement_planned" => "Placement planned",
        "placed" => "Placed",
        _ => "Withdrawn",
    };

    public static TagColour Colour(string stage) => stage switch
    {
        "draft" => TagColour.Grey,
        "submitted" or "awaiting_trust_approval" or "placement_planned" => TagColour.Blue,
        "information_requested" => TagColour.Yellow,
        "approved" or "parent_agreed" => TagColour.Turquoise,
        "placed" => TagColour.Green,
        "rejected" or "parent_refused" => TagColour.Red,
        _ => TagColour.Grey,
    };

    public static string NextStep(string stage) => stage switch
    {
        "draft" => "Complete the referral and submit it for the headteacher's decision.",
        "submitted" => "The headteacher decides whether to approve the referral.",
        "information_requested" => "Add the information asked for and submit the referral again.",
        "awaiting_trust_approval" => "The trust decides whether to approve the referral.",
        "approved" => "Record the pupil's personalised plan and agree the placement with the parents.",
        "parent_agreed" => "Plan the placement with the provider.",
        "placement_planned" => "Complete the pre-placement checks, then start the placement.",
        "placed" => "None: the placement has started. Follow it under Placements.",
        "rejected" => "None: the referral was not approved.",
        "parent_refused" => "None: the parents did not agree to the placement.",
        _ => "None: the referral was withdrawn.",
    };
}

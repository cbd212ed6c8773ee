namespace APPlatform.Notifications.Letters;

/// <summary>
/// Where Referral.Service serves a placement's letter and its recipients. Built here from the placement's id, never
/// taken from an event: an event's sender, or anyone who can publish to the broker, would otherwise choose what this
/// service fetches with the school's credential.
/// </summary>
public static class LetterAddress
{
    public static string For(Guid placementId) => $"/api/placements/{placementId}/parent-notification/letter";

    public static string RecipientsFor(Guid placementId) => $"/api/placements/{placementId}/parent-notification/recipients";
}

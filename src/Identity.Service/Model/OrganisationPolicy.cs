namespace APPlatform.Identity.Model;

/// <summary>What an organisation's administrator decides about its people's sign-in.</summary>
public sealed class OrganisationPolicy
{
    public Guid OrganisationId { get; init; }

    /// <summary>Its people in safeguarding roles (<see cref="TwoFactorRule"/>) must sign in with a second factor.</summary>
    public bool RequireTwoFactorForSafeguarding { get; set; }
}

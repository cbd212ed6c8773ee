namespace APPlatform.ProviderDirectory.Model;

/// <summary>Who the provider is and how to reach it.</summary>
public sealed class ProviderDetails
{
    public string? LegalName { get; set; }

    public string? CompanyNumber { get; set; }

    public string? CharityNumber { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Website { get; set; }

    /// <summary>The headteacher or manager.</summary>
    public ContactPerson? Manager { get; set; }

    /// <summary>The designated safeguarding lead.</summary>
    public ContactPerson? SafeguardingLead { get; set; }

    /// <summary>Who commissioners contact about placements.</summary>
    public ContactPerson? MainContact { get; set; }
}

public sealed class ContactPerson
{
    public required string Name { get; set; }

    public string? Role { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }
}

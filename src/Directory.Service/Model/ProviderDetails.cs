namespace APPlatform.ProviderDirectory.Model;

/// <summary>Who the provider is and how to reach it.</summary>
public sealed class ProviderDetails
{
    /// <summary>Its registered legal name, when it differs from the trading name.</summary>
    public string? LegalName { get; set; }

    /// <summary>Its Companies House number.</summary>
    public string? CompanyNumber { get; set; }

    /// <summary>Its Charity Commission number.</summary>
    public string? CharityNumber { get; set; }

    /// <summary>Its general email address.</summary>
    public string? Email { get; set; }

    /// <summary>Its general phone number.</summary>
    public string? Phone { get; set; }

    /// <summary>Its website, an absolute URL.</summary>
    public string? Website { get; set; }

    /// <summary>The headteacher or manager.</summary>
    public ContactPerson? Manager { get; set; }

    /// <summary>The designated safeguarding lead.</summary>
    public ContactPerson? SafeguardingLead { get; set; }

    /// <summary>Who commissioners contact about placements.</summary>
    public ContactPerson? MainContact { get; set; }
}

/// <summary>A named person at the provider and how to reach them.</summary>
public sealed class ContactPerson
{
    /// <summary>Their full name.</summary>
    public required string Name { get; set; }

    /// <summary>Their job title.</summary>
    public string? Role { get; set; }

    /// <summary>Their email address.</summary>
    public string? Email { get; set; }

    /// <summary>Their phone number.</summary>
    public string? Phone { get; set; }
}

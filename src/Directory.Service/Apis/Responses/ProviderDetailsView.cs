using APPlatform.ProviderDirectory.Model;

namespace APPlatform.ProviderDirectory.Apis.Responses;

/// <summary>Who the provider is and how to reach it.</summary>
/// <param name="LegalName">Its registered legal name, when it differs from the trading name.</param>
/// <param name="CompanyNumber">Its Companies House number.</param>
/// <param name="CharityNumber">Its Charity Commission number.</param>
/// <param name="Email">Its general email address.</param>
/// <param name="Phone">Its general phone number.</param>
/// <param name="Website">Its website, an absolute URL.</param>
/// <param name="Manager">The headteacher or manager.</param>
/// <param name="SafeguardingLead">The designated safeguarding lead.</param>
/// <param name="MainContact">Who commissioners contact about placements.</param>
public sealed record ProviderDetailsView(
    string? LegalName, string? CompanyNumber, string? CharityNumber, string? Email, string? Phone, string? Website,
    ContactPersonView? Manager, ContactPersonView? SafeguardingLead, ContactPersonView? MainContact)
{
    public static ProviderDetailsView From(ProviderDetails d) => new(
        d.LegalName, d.CompanyNumber, d.CharityNumber, d.Email, d.Phone, d.Website,
        ContactPersonView.From(d.Manager), ContactPersonView.From(d.SafeguardingLead), ContactPersonView.From(d.MainContact));
}

/// <summary>A named person at the provider and how to reach them.</summary>
/// <param name="Name">Their full name.</param>
/// <param name="Role">Their job title.</param>
/// <param name="Email">Their email address.</param>
/// <param name="Phone">Their phone number.</param>
public sealed record ContactPersonView(string Name, string? Role, string? Email, string? Phone)
{
    public static ContactPersonView? From(ContactPerson? p) => p is null ? null : new(p.Name, p.Role, p.Email, p.Phone);
}

using System.ComponentModel.DataAnnotations;
using APPlatform.ProviderDirectory.Model;

namespace APPlatform.ProviderDirectory.Apis.Requests;

/// <summary>A named person at the provider and how to reach them.</summary>
/// <param name="Name">Full name, up to 200 characters.</param>
/// <param name="Role">Job title, up to 100 characters.</param>
/// <param name="Email">Work email address.</param>
/// <param name="Phone">Work phone number.</param>
public sealed record ContactPersonInput(
    [property: Required, StringLength(200)] string Name,
    [property: StringLength(100)] string? Role,
    [property: EmailAddress, StringLength(254)] string? Email,
    [property: Phone, StringLength(30)] string? Phone)
{
    public ContactPerson ToModel() => new() { Name = Name.Trim(), Role = Role?.Trim(), Email = Email?.Trim(), Phone = Phone?.Trim() };
}

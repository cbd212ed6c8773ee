using System.ComponentModel.DataAnnotations;
using APPlatform.ProviderDirectory.Model;

namespace APPlatform.ProviderDirectory.Apis.Requests;

public sealed record ContactPersonInput(
    [property: Required, StringLength(200)] string Name,
    [property: StringLength(100)] string? Role,
    [property: EmailAddress, StringLength(254)] string? Email,
    [property: Phone, StringLength(30)] string? Phone)
{
    public ContactPerson ToModel() => new() { Name = Name.Trim(), Role = Role?.Trim(), Email = Email?.Trim(), Phone = Phone?.Trim() };
}

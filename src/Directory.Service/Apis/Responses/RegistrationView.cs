using APPlatform.ProviderDirectory.Model;

namespace APPlatform.ProviderDirectory.Apis.Responses;

/// <summary>Whether the provider is a registered school, with its identifiers, as last checked on GIAS.</summary>
/// <param name="Status">Registered or unregistered; unregistered until shown otherwise.</param>
/// <param name="Urn">Unique Reference Number on GIAS (6 digits).</param>
/// <param name="DfeNumber">DfE number (LAESTAB), e.g. 830/6012.</param>
/// <param name="Ukprn">UK Provider Reference Number (8 digits starting 1); unregistered providers may have one.</param>
/// <param name="EstablishmentType">Its GIAS establishment type, for a registered provider.</param>
/// <param name="LastCheckedOn">When someone last checked the provider's status on GIAS (ISO date).</param>
public sealed record RegistrationView(
    RegistrationStatus Status, string? Urn, string? DfeNumber, string? Ukprn, EstablishmentType? EstablishmentType, DateOnly? LastCheckedOn)
{
    public static RegistrationView From(Registration r) => new(r.Status, r.Urn, r.DfeNumber, r.Ukprn, r.EstablishmentType, r.LastCheckedOn);
}

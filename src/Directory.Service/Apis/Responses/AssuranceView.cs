using APPlatform.ProviderDirectory.Model;

namespace APPlatform.ProviderDirectory.Apis.Responses;

/// <summary>One directory assurance and whether the provider has given it.</summary>
/// <param name="Type">Which assurance.</param>
/// <param name="Given">Whether the provider has given it, as recorded by the local authority.</param>
/// <param name="Evidence">What backs it: a policy seen, a training record, a declaration.</param>
/// <param name="GivenOn">When it was given (ISO date).</param>
public sealed record AssuranceView(AssuranceType Type, bool Given, string? Evidence, DateOnly? GivenOn)
{
    public static AssuranceView From(Assurance a) => new(a.Type, a.Given, a.Evidence, a.GivenOn);
}

using APPlatform.ProviderDirectory.Model;
using APPlatform.ProviderDirectory.Model.Changes;

namespace APPlatform.ProviderDirectory.Apis.Requests;

/// <summary>
/// An update to one part of a provider's record. The directory team's updates apply at once; a provider's own are kept
/// as a change request and applied, by this same method, when approved.
/// </summary>
public interface IProviderChange
{
    ProviderPart Part { get; }

    void ApplyTo(Provider provider);
}

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using APPlatform.ProviderDirectory.Model;
using APPlatform.ProviderDirectory.Model.Changes;

namespace APPlatform.ProviderDirectory.Apis.Requests;

/// <summary>One of the nine directory assurances, given (or withdrawn) with its evidence. The route names the type.</summary>
/// <param name="Type">Ignored: the route's {type} names the assurance.</param>
/// <param name="Given">Whether the provider gives the assurance now.</param>
/// <param name="Evidence">What backs it, up to 2,000 characters; required when given.</param>
/// <param name="GivenOn">When it was given (ISO date); required when given.</param>
public sealed record AssuranceUpdate(
    AssuranceType? Type,
    bool Given,
    [property: StringLength(2000)] string? Evidence,
    DateOnly? GivenOn) : IProviderChange, IValidatableObject
{
    [JsonIgnore]
    public ProviderPart Part => ProviderPart.Assurance;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Given && (string.IsNullOrWhiteSpace(Evidence) || GivenOn is null))
        {
            yield return new ValidationResult("An assurance given says what evidence backs it and when it was given.", [nameof(Evidence), nameof(GivenOn)]);
        }
    }

    public void ApplyTo(Provider provider)
    {
        var assurance = provider.Assurance(Type!.Value);
        assurance.Given = Given;
        assurance.Evidence = Evidence?.Trim();
        assurance.GivenOn = GivenOn;
    }
}

/// <summary>One document of the checklist: seen (with a link and, for insurance or a letter of comfort, an expiry) or missing. The route names the type.</summary>
/// <param name="Type">Ignored: the route's {type} names the document.</param>
/// <param name="Seen">Whether the local authority has seen the document.</param>
/// <param name="Link">Where the document is kept, an absolute URL; only for a document seen.</param>
/// <param name="SeenOn">When it was seen (ISO date); required when seen.</param>
/// <param name="ExpiresOn">When it lapses (ISO date), after SeenOn; e.g. an insurance's renewal date.</param>
public sealed record DocumentUpdate(
    DocumentType? Type,
    bool Seen,
    [property: Url, StringLength(500)] string? Link,
    DateOnly? SeenOn,
    DateOnly? ExpiresOn) : IProviderChange, IValidatableObject
{
    [JsonIgnore]
    public ProviderPart Part => ProviderPart.Document;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Seen && SeenOn is null)
        {
            yield return new ValidationResult("Say when the document was seen.", [nameof(SeenOn)]);
        }

        if (ExpiresOn <= SeenOn)
        {
            yield return new ValidationResult("A document expires after it was seen.", [nameof(ExpiresOn)]);
        }

        if (!Seen && (Link is not null || ExpiresOn is not null))
        {
            yield return new ValidationResult("A document not seen has no link or expiry.", [nameof(Seen)]);
        }
    }

    public void ApplyTo(Provider provider)
    {
        var document = provider.Document(Type!.Value);
        document.Seen = Seen;
        document.Link = Link;
        document.SeenOn = SeenOn;
        document.ExpiresOn = ExpiresOn;
    }
}

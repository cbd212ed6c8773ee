using APPlatform.ProviderDirectory.Apis.Requests;
using Microsoft.Extensions.Time.Testing;

namespace APPlatform.ProviderDirectory.Model.Tests;

/// <summary>
/// Each part of a provider's record refuses an invalid field by name, as the API (and a CSV row) reads it; the API's
/// own test proves the refusal reaches the client as a 400 naming the field's path.
/// </summary>
public sealed class ProviderFieldValidationTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));

    public static TheoryData<string, string, string> InvalidParts => new()
    {
        { "provider", """{"name": " "}""", "name" },
        { "provider", $$"""{"name": "{{new string('x', 201)}}"}""", "name" },
        { "provider", """{"name": "X", "status": "suspended"}""", "status" },
        { "provider", """{"name": "X", "details": {"name": "Y"}}""", "name" },
        { "registration", """{"status": "registered"}""", "urn" },
        { "registration", """{"status": "registered", "urn": "12345"}""", "urn" },
        { "registration", """{"status": "unregistered", "urn": "123456"}""", "urn" },
        { "registration", """{"status": "unregistered", "dfeNumber": "99/1"}""", "dfeNumber" },
        { "registration", """{"status": "unregistered", "ukprn": "20001234"}""", "ukprn" },
        { "site", """{"addressLine1": "1 Road", "town": "Matlock", "postcode": "NOT A CODE"}""", "postcode" },
        { "site", """{"addressLine1": "1 Road", "town": "Matlock", "postcode": "DE4 3AG", "latitude": 53.1}""", "latitude" },
        { "site", """{"addressLine1": "1 Road", "town": "Matlock", "postcode": "DE4 3AG", "latitude": 91, "longitude": 0}""", "latitude" },
        { "site", """{"town": "Matlock", "postcode": "DE4 3AG"}""", "addressLine1" },
        { "site", """{"addressLine1": "1 Road", "postcode": "DE4 3AG"}""", "town" },
        { "profile", """{"places": -1}""", "places" },
        { "profile", """{"places": 5, "placesAvailable": 9}""", "placesAvailable" },
        { "profile", """{"minimumAge": 16, "maximumAge": 11}""", "minimumAge" },
        { "profile", """{"examCentre": "yes"}""", "examCentreNumber" },
        { "details", """{"name": "X", "email": "not-an-email"}""", "email" },
        { "details", """{"name": "X", "website": "peak.example.org"}""", "website" },
        { "details", """{"name": "X", "companyNumber": "12"}""", "companyNumber" },
    };

    [Theory]
    [MemberData(nameof(InvalidParts))]
    public void AnInvalidFieldIsRefusedNamingTheField(string part, string json, string field)
    {
        object request = part switch
        {
            "provider" => Requests.Read<CreateProviderRequest>(json),
            "registration" => Requests.Read<RegistrationUpdate>(json),
            "site" => Requests.Read<SiteInput>(json),
            "profile" => Requests.Read<ProfileUpdate>(json),
            _ => Requests.Read<DetailsUpdate>(json),
        };

        var refused = Requests.RefusedFields(request, clock);

        Assert.True(refused.Contains(field), $"{field} should be refused: {string.Join(", ", refused)}");
    }

    [Theory]
    [InlineData("""{"name": "Peak Provision", "status": "draft"}""")]
    [InlineData("""{"name": "Peak Provision", "status": "listed", "details": {"name": " Peak Provision "}}""")]
    public void AWellFormedProviderIsAccepted(string json) =>
        Assert.Empty(Requests.RefusedFields(Requests.Read<CreateProviderRequest>(json), clock));
}

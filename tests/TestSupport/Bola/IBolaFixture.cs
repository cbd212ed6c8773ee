namespace APPlatform.TestSupport.Bola;

/// <summary>A service under test with the records each demo organisation holds in it.</summary>
public interface IBolaFixture
{
    /// <summary>Where the service publishes its OpenAPI document, e.g. /openapi/referral.json.</summary>
    string OpenApiPath { get; }

    HttpClient As(TestCaller caller);

    BolaRecords? RecordsOf(DemoOrganisation organisation);
}

namespace APPlatform.TestSupport.Bola;

/// <summary>
/// OWASP API1 (broken object-level authorisation) over every route of a service's OpenAPI document: each demo
/// organisation on its own records and on those of the organisation it attacks (docs/security.md). A service's test
/// class gives its matrix, and a static <c>Operations</c> (its matrix's <see cref="BolaTable.Operations"/>) for the theory.
/// </summary>
public abstract class BolaMatrixTests<TFixture>(TFixture fixture, BolaTable matrix) : IClassFixture<TFixture>
    where TFixture : class, IBolaFixture
{
    [Fact]
    public async Task EveryRouteInTheOpenApiDocumentHasARow() =>
        matrix.AssertCovers(await BolaMatrix.OperationsAsync(fixture.As(DemoOrganisations.Admin.Caller), fixture.OpenApiPath));

    [Theory]
    [MemberData("Operations")]
    public Task NoOrganisationReachesAnothersRecord(string operation) =>
        new BolaMatrix(fixture.As, fixture.RecordsOf).AssertAsync(operation, matrix[operation]);
}

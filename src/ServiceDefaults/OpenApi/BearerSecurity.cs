using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace APPlatform.ServiceDefaults.OpenApi;

/// <summary>Every route needs an access token from the gateway's token endpoint, sent as Authorization: Bearer.</summary>
internal sealed class BearerSecurity : IOpenApiDocumentTransformer
{
    private const string SchemeName = "platformToken";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = "An organisation's client takes a token with client credentials at the gateway's POST /connect/token " +
                "(form fields grant_type=client_credentials, client_id, client_secret, scope) and sends it as Authorization: Bearer.",
            Flows = new OpenApiOAuthFlows
            {
                ClientCredentials = new OpenApiOAuthFlow
                {
                    TokenUrl = new Uri("/connect/token", UriKind.Relative),
                    Scopes = new Dictionary<string, string>
                    {
                        [PlatformScopes.Directory] = "The provider directory",
                        [PlatformScopes.Referrals] = "Referrals, plans and placements",
                        [PlatformScopes.Attendance] = "Registers, absences and follow-up",
                        [PlatformScopes.Notifications] = "Messages, webhooks and broker subscriptions",
                    },
                },
            },
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] }];
        return Task.CompletedTask;
    }
}

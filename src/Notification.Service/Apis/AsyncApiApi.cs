using APPlatform.Notifications.AsyncApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace APPlatform.Notifications.Apis;

/// <summary>The AsyncAPI document of every event a subscriber can receive (also checked in as docs/asyncapi.json).</summary>
public static class AsyncApiApi
{
    public static RouteHandlerBuilder MapAsyncApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/notifications/asyncapi.json", GetAsyncApiDocument)
            .WithTags("Webhooks").WithName(nameof(GetAsyncApiDocument)).Produces<object>(contentType: "application/json")
            .WithSummary("The AsyncAPI 3.0 document of every event: its webhook and broker channel, payload schema, example, " +
                "the kinds of organisation it reaches and the fields withheld");

    public static ContentHttpResult GetAsyncApiDocument() => TypedResults.Text(AsyncApiDocument.Json, "application/json");
}

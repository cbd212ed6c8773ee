using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace APPlatform.ServiceDefaults.Idempotency;

public static class IdempotencyExtensions
{
    /// <summary>
    /// Makes a POST safe to retry with an Idempotency-Key header (see <see cref="IdempotencyFilter"/>). With
    /// <paramref name="required"/>, a request without the header is refused with 400.
    /// </summary>
    public static RouteHandlerBuilder WithIdempotencyKey(this RouteHandlerBuilder endpoint, bool required = false) =>
        endpoint.WithMetadata(new IdempotencyKeyMetadata(required)).AddEndpointFilterFactory((factory, next) =>
        {
            var filter = new IdempotencyFilter(required, factory.ApplicationServices.GetRequiredService<TimeProvider>());
            return context => filter.InvokeAsync(context, next);
        });

    /// <summary>Keeps a request body that carries an Idempotency-Key readable after binding, so it can be hashed.</summary>
    internal static IApplicationBuilder UseIdempotencyKeyBuffering(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Request.Headers.ContainsKey(IdempotencyFilter.HeaderName))
            {
                context.Request.EnableBuffering();
            }

            return next(context);
        });
}

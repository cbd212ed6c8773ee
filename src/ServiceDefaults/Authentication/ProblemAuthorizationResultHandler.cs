using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.ServiceDefaults.Authentication;

/// <summary>A refused caller learns why: 403 problems list the reasons the policy failed.</summary>
internal sealed class ProblemAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler defaultHandler = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden)
        {
            await defaultHandler.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var reasons = authorizeResult.AuthorizationFailure?.FailureReasons.Select(r => r.Message).ToList() ?? [];
        await context.WriteProblemAsync(
            StatusCodes.Status403Forbidden, reasons.Count > 0 ? string.Join(" ", reasons) : "The caller may not do this.");
    }
}

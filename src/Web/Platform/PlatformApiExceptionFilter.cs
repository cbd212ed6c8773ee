using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace APPlatform.Web.Platform;

/// <summary>
/// A service's 404 is the application's not-found page, its 403 the "you cannot see this" page (both through the
/// status code pages), and its 401 (the session's token no longer accepted) a new sign-in. Other refusals a page did not
/// handle itself reach the error page.
/// </summary>
internal sealed class PlatformApiExceptionFilter : IPageFilter
{
    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        if (context.Exception is not PlatformApiException refusal || context.ExceptionHandled)
        {
            return;
        }

        IActionResult? result = refusal.Status switch
        {
            HttpStatusCode.NotFound => new NotFoundResult(),
            HttpStatusCode.Forbidden => new StatusCodeResult(StatusCodes.Status403Forbidden),
            HttpStatusCode.Unauthorized => new ChallengeResult(),
            _ => null,
        };
        if (result is not null)
        {
            context.Result = result;
            context.ExceptionHandled = true;
        }
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
    }

    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }
}

using Microsoft.AspNetCore.Http;

namespace APPlatform.ServiceDefaults.Errors;

/// <summary>
/// A request the domain refuses because of a rule (a transition not allowed from the current state, a check not yet
/// met). It becomes a problem response whose detail is the rule's own words: 409 by default (the record's state is the
/// obstacle), or 422 when the request's content breaks the rule.
/// Superseded by <see cref="DomainException"/>'s kinds, which leave the status to the problem handler: Attendance and
/// Notification use those; Referral and Directory still use this until they move, and then it goes.
/// </summary>
public sealed class BusinessRuleException(string message, int statusCode = StatusCodes.Status409Conflict) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}

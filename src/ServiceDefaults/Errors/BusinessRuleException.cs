using Microsoft.AspNetCore.Http;

namespace APPlatform.ServiceDefaults.Errors;

/// <summary>
/// A request the domain refuses because of a rule (a transition not allowed from the current state, a check not yet
/// met). It becomes a problem response whose detail is the rule's own words: 409 by default (the record's state is the
/// obstacle), or 422 when the request's content breaks the rule.
/// </summary>
public sealed class BusinessRuleException(string message, int statusCode = StatusCodes.Status409Conflict) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}

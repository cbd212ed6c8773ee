namespace APPlatform.ServiceDefaults.Errors;

/// <summary>
/// A request the model refuses, in the rule's own words. The model says which kind of refusal it is; the status each
/// kind answers is the problem handler's business (<see cref="ExceptionProblemHandler"/>), not the model's.
/// </summary>
public abstract class DomainException(string message) : Exception(message);

/// <summary>The record's state does not allow this now (a case already closed, a delivery still being retried): 409.</summary>
public sealed class StateConflictException(string message) : DomainException(message);

/// <summary>The caller is known but its role or organisation may not do this (only the headteacher decides, only an audit's author changes it): 403.</summary>
public sealed class NotPermittedException(string message) : DomainException(message);

/// <summary>The request is well formed but its content breaks a rule (a code that is not an absence code): 422.</summary>
public sealed class RuleViolationException(string message) : DomainException(message);

/// <summary>What the request needs is no longer kept (a body emptied by the retention schedule): 410.</summary>
public sealed class NoLongerKeptException(string message) : DomainException(message);

/// <summary>Something the service depends on outside its database cannot do its part now (a broker's management API): 503, retry later.</summary>
public sealed class DependencyUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

using APPlatform.Contracts;

namespace APPlatform.Notifications.Rules;

/// <summary>An integration event as received, with the message id that identifies it in the event log and to subscribers.</summary>
public sealed record IncomingEvent(IIntegrationEvent Event, Guid EventId);

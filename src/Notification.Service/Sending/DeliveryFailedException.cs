namespace APPlatform.Notifications.Sending;

/// <summary>The receiver did not take the message (refused, unreachable, answered an error); the delivery is retried.</summary>
public sealed class DeliveryFailedException(string reason, Exception? inner = null) : Exception(reason, inner);

using MassTransit;

namespace APPlatform.ServiceDefaults.Messaging;

/// <summary>
/// Queue names are "&lt;entity prefix&gt;&lt;service&gt;-&lt;consumer&gt;" in kebab case, e.g. notification-provider-listed:
/// queues are shared broker-wide, so two services consuming the same event must never share (and split) one queue.
/// </summary>
internal sealed class PlatformEndpointNameFormatter(string entityPrefix, string serviceName) : KebabCaseEndpointNameFormatter(includeNamespace: false)
{
    public override string SanitizeName(string name) => $"{entityPrefix}{serviceName}-{base.SanitizeName(name)}";
}

using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace APPlatform.AppHost.Servers;

/// <summary>Redis from the installed Debian package, run by DCP as an executable.</summary>
public sealed class LocalRedisResource(string name, string command, string workingDirectory, int port)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
}

public static class LocalRedis
{
    private const string ServerBinary = "/usr/bin/redis-server";

    /// <summary>Redis persisting to its data directory (append-only file and snapshots) unless the settings say not durable.</summary>
    public static IResourceBuilder<LocalRedisResource> AddLocalRedis(this IDistributedApplicationBuilder builder, string name, LocalServerSettings settings)
    {
        if (!File.Exists(ServerBinary))
        {
            throw PlatformConfigurationException.NotInstalled("Redis");
        }

        Directory.CreateDirectory(settings.DataDirectory);
        var resource = new LocalRedisResource(name, ServerBinary, settings.DataDirectory, settings.Port);

        return builder.AddResource(resource)
            .WithArgs(
                "--port", settings.Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", settings.DataDirectory,
                "--daemonize", "no", "--appendonly", settings.Durable ? "yes" : "no", "--save", settings.Durable ? "60 1" : "")
            .WithEndpoint(port: settings.Port, targetPort: settings.Port, scheme: "tcp", name: "tcp", isProxied: false)
            .WithIconName("Memory")
            .WithReadinessCheck(cancellationToken => AnswersPingAsync(settings.Port, cancellationToken));
    }

    private static async Task<HealthCheckResult> AnswersPingAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port, cancellationToken);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), cancellationToken);
            var reply = new byte[16];
            var read = await stream.ReadAsync(reply, cancellationToken);
            return Encoding.ASCII.GetString(reply, 0, read).StartsWith("+PONG", StringComparison.Ordinal)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("Redis does not answer PING yet.");
        }
        catch (SocketException exception)
        {
            return HealthCheckResult.Unhealthy(exception.Message);
        }
    }
}

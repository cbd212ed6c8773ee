using System.Net.Http.Headers;
using System.Text;

namespace APPlatform.Bench;

/// <summary>RabbitMQ's management API, as the benchmarks read their queues.</summary>
internal static class BrokerManagement
{
    /// <summary>A client for the management API at the broker-admin connection string, with its credentials.</summary>
    public static HttpClient Client(Uri brokerAdmin) => new()
    {
        BaseAddress = new Uri(brokerAdmin.GetLeftPart(UriPartial.Authority)),
        DefaultRequestHeaders =
        {
            Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(brokerAdmin.UserInfo)))),
        },
    };
}

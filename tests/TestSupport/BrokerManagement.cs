using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace APPlatform.TestSupport;

/// <summary>RabbitMQ's management HTTP API, at the address ConnectionStrings:brokeradmin gives (http://user:password@host:port).</summary>
public static class BrokerManagement
{
    public static HttpClient Client(string brokerAdmin)
    {
        var admin = new Uri(brokerAdmin);
        var client = new HttpClient { BaseAddress = new Uri(admin.GetLeftPart(UriPartial.Authority)) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(admin.UserInfo))));
        return client;
    }

    /// <summary>The queues of the default virtual host whose names start with <paramref name="prefix"/>, each with its type (classic, quorum).</summary>
    public static async Task<IReadOnlyList<(string Name, string Type)>> QueuesAsync(string brokerAdmin, string prefix)
    {
        using var client = Client(brokerAdmin);
        var queues = await client.GetFromJsonAsync<JsonElement>("/api/queues/%2F?columns=name,type");
        return [.. queues.EnumerateArray()
            .Select(queue => (Name: queue.GetProperty("name").GetString()!, Type: queue.GetProperty("type").GetString()!))
            .Where(queue => queue.Name.StartsWith(prefix, StringComparison.Ordinal))];
    }

    /// <summary>The consumers on queues whose names start with <paramref name="prefix"/>, each with its prefetch count.</summary>
    public static async Task<IReadOnlyList<(string Queue, int PrefetchCount)>> ConsumersAsync(string brokerAdmin, string prefix)
    {
        using var client = Client(brokerAdmin);
        var consumers = await client.GetFromJsonAsync<JsonElement>("/api/consumers/%2F");
        return [.. consumers.EnumerateArray()
            .Select(consumer => (Queue: consumer.GetProperty("queue").GetProperty("name").GetString()!, PrefetchCount: consumer.GetProperty("prefetch_count").GetInt32()))
            .Where(consumer => consumer.Queue.StartsWith(prefix, StringComparison.Ordinal))];
    }
}

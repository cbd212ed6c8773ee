using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.AppHost;
using APPlatform.Bench;

namespace APPlatform.Chaos;

/// <summary>Work the platform has accepted and not yet finished, by where it waits.</summary>
public sealed record BacklogCount(long Outbox, long Queued, long DueDeadlines, long PendingDeliveries, long Parked)
{
    public bool Drained => Outbox + Queued + DueDeadlines + PendingDeliveries == 0;

    public override string ToString() =>
        $"{Outbox} outbox rows, {Queued} messages queued, {DueDeadlines} deadlines due or awaiting a retry, {PendingDeliveries} deliveries pending, {Parked} parked in _error or _skipped queues";
}

/// <summary>
/// The backlog: undispatched outbox rows in every service's database, messages ready or unacknowledged in the
/// platform's queues, deadlines due or failed and awaiting their retry, and Notification's deliveries still to send.
/// </summary>
public sealed class Backlog(ChaosPlatform platform)
{
    public async Task<BacklogCount> CountAsync()
    {
        long outbox = 0, deadlines = 0, deliveries = 0;
        foreach (var database in Database.Services)
        {
            var db = await platform.ConnectionStringAsync(database);
            outbox += await Database.UnpublishedEventsAsync(db);
            if (await Database.HasTableAsync(db, "Deadlines"))
            {
                // A deadline that failed waits minutes for its retry: that work is still owed, though not yet due.
                deadlines += await Database.CountAsync(db, """SELECT count(*) FROM "Deadlines" WHERE "FiredAt" IS NULL AND ("DueAt" <= now() OR "Attempts" > 0)""");
            }

            deliveries += await Database.PendingDeliveriesAsync(db);
        }

        var (queued, parked) = await QueuesAsync();
        return new BacklogCount(outbox, queued, deadlines, deliveries, parked);
    }

    /// <summary>
    /// Polls until nothing waits (twice in a row, a second apart: the broker's figures lag), and returns how long
    /// after <paramref name="since"/> that was; null if it still had not drained by <paramref name="giveUp"/>.
    /// </summary>
    public async Task<(TimeSpan? Drained, BacklogCount Last)> WaitForDrainAsync(Stopwatch since, TimeSpan giveUp)
    {
        var empties = 0;
        while (true)
        {
            BacklogCount count;
            try
            {
                count = await CountAsync();
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or HttpRequestException)
            {
                count = new BacklogCount(-1, -1, -1, -1, -1); // a server still coming back: not drained
            }

            empties = count.Drained ? empties + 1 : 0;
            if (empties == 2)
            {
                return (since.Elapsed - TimeSpan.FromSeconds(1), count);
            }

            if (since.Elapsed > giveUp)
            {
                return (null, count);
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>
    /// What was parked, and why: each _error or _skipped queue holding messages, with the fault MassTransit recorded on
    /// its first few (looked at and put back).
    /// </summary>
    public async Task<List<string>> ParkedAsync()
    {
        using var http = await ManagementAsync();
        var queues = await http.GetFromJsonAsync<JsonElement>("/api/queues/%2F?columns=name,messages");
        var parked = new List<string>();
        foreach (var queue in queues.EnumerateArray().Where(q => Count(q, "messages") > 0))
        {
            var name = queue.GetProperty("name").GetString()!;
            if (!name.EndsWith("_error", StringComparison.Ordinal) && !name.EndsWith("_skipped", StringComparison.Ordinal))
            {
                continue;
            }

            parked.Add($"{name}: {Count(queue, "messages")}");
            var peek = await http.PostAsJsonAsync($"/api/queues/%2F/{Uri.EscapeDataString(name)}/get",
                new { count = 3, ackmode = "ack_requeue_true", encoding = "auto", truncate = 2000 });
            foreach (var message in (await peek.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray())
            {
                var headers = message.TryGetProperty("properties", out var p) && p.TryGetProperty("headers", out var h) ? h : default;
                string Header(string key) => headers.ValueKind == JsonValueKind.Object && headers.TryGetProperty(key, out var v) ? v.ToString() : "";
                var body = message.TryGetProperty("payload", out var payload) ? payload.ToString() : "";
                parked.Add($"  {Header("MT-Fault-ExceptionType")} {Header("MT-Fault-Message")} {Header("MT-Reason")} {Header("MT-Fault-ConsumerType")}"
                           + $" {body[..Math.Min(body.Length, 300)]}");
            }
        }

        return parked;
    }

    private async Task<HttpClient> ManagementAsync() =>
        BrokerManagement.Client(new Uri(await platform.ConnectionStringAsync(ResourceNames.BrokerAdmin)));

    private async Task<(long Queued, long Parked)> QueuesAsync()
    {
        using var http = await ManagementAsync();
        var queues = await http.GetFromJsonAsync<JsonElement>("/api/queues/%2F?columns=name,messages_ready,messages_unacknowledged");
        long queued = 0, parked = 0;
        foreach (var queue in queues.EnumerateArray())
        {
            var count = Count(queue, "messages_ready") + Count(queue, "messages_unacknowledged");
            var name = queue.GetProperty("name").GetString()!;
            if (name.EndsWith("_error", StringComparison.Ordinal) || name.EndsWith("_skipped", StringComparison.Ordinal))
            {
                parked += count; // given up on by a consumer, or with none: handled by no one
            }
            else
            {
                queued += count;
            }
        }

        return (queued, parked);
    }

    private static long Count(JsonElement queue, string property) =>
        queue.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;
}

using System.Data.Common;
using System.Net.Http.Json;

namespace APPlatform.TestSupport;

/// <summary>An email as the mail sink received it over SMTP.</summary>
public sealed record SentMail(string Id, DateTimeOffset ReceivedAt, string From, IReadOnlyList<string> To, string Subject, string Text, string? Html);

/// <summary>What reached the mail sink (the AppHost's SMTP server), read from its web listing.</summary>
public sealed class Mailbox(string mailConnectionString)
{
    private static readonly HttpClient http = new();
    private readonly string web = (string)new DbConnectionStringBuilder { ConnectionString = mailConnectionString }["Web"];

    public async Task<IReadOnlyList<SentMail>> ToAsync(string address) =>
        await http.GetFromJsonAsync<List<SentMail>>(new Uri(new Uri(web), $"messages?to={Uri.EscapeDataString(address)}")) ?? [];

    /// <summary>Everything the sink holds, for every address.</summary>
    public async Task<IReadOnlyList<SentMail>> AllAsync() =>
        await http.GetFromJsonAsync<List<SentMail>>(new Uri(new Uri(web), "messages")) ?? [];

    /// <summary>Waits until <paramref name="address"/> has mail that <paramref name="done"/> accepts; returns all of it.</summary>
    public Task<IReadOnlyList<SentMail>> WaitForAsync(string address, Func<IReadOnlyList<SentMail>, bool>? done = null, string? because = null) =>
        Eventually.Until(() => ToAsync(address), done ?? (mail => mail.Count > 0), because: because ?? $"mail should reach {address}");

    /// <summary>An address no other test uses, so a test reads only its own mail from the shared sink.</summary>
    public static string NewAddress(string role) => $"{role}-{Guid.NewGuid():N}@example.org".Replace('_', '-');
}

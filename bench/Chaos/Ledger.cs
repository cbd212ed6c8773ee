using System.Text.Json;
using APPlatform.TestSupport;
using APPlatform.Bench;

namespace APPlatform.Chaos;

/// <summary>One line of the ledger: a count that must be 0 (a loss or a duplicate), or a figure for context.</summary>
public sealed record LedgerLine(string What, long Count, bool MustBeZero);

/// <summary>
/// What each client was told succeeded, against what the platform holds (the services' databases) and sent (the
/// webhook receivers' calls, the mail relay's messages).
/// </summary>
public sealed class Ledger(ChaosPlatform platform, ProviderReturns returns, Journeys journeys, Subscribers subscribers, ClientTally tally)
{
    /// <summary>What the counts cannot say: which event was repeated, and what its delivery recorded.</summary>
    public List<string> Details { get; } = [];

    public async Task<List<LedgerLine>> CountAsync()
    {
        var lines = new List<LedgerLine>();
        var attendance = await platform.ConnectionStringAsync("attendancedb");
        var notification = await platform.ConnectionStringAsync("notificationdb");
        var referral = await platform.ConnectionStringAsync("referraldb");

        // Marks: each sent once (retries carry the same key), so a second version or row is a duplicate.
        var acknowledged = returns.Acknowledged.ToList();
        var held = (await Database.RowsAsync(attendance,
                """SELECT "PlacementId", "Date", "Session", "Status", "Version", "Id" FROM "Marks" WHERE "PlacementId" = ANY(@ids)""",
                ("ids", returns.PlacementIds.ToArray())))
            .Select(r => (Key: ((Guid)r[0], (DateOnly)r[1], (string)r[2]), Status: ((string)r[3]).ToLowerInvariant(), Version: (int)r[4], Id: (Guid)r[5]))
            .ToList();
        var byKey = held.GroupBy(m => m.Key).ToDictionary(g => g.Key, g => g.ToList());
        lines.Add(new("marks acknowledged to providers", acknowledged.Count, false));
        lines.Add(new("marks lost", acknowledged.Count(a => !byKey.TryGetValue((a.PlacementId, a.Date, a.Session), out var m) || m.All(x => x.Status != a.Status)), true));
        lines.Add(new("duplicate marks (a second row or version)", byKey.Values.Sum(m => m.Count - 1 + m.Sum(x => x.Version - 1)), true));

        // Every absence opens one follow-up case, which the school is told of.
        var absenceMarks = acknowledged.Where(a => a.Status == "absent")
            .Select(a => byKey.GetValueOrDefault((a.PlacementId, a.Date, a.Session))?.FirstOrDefault().Id).OfType<Guid>().ToList();
        var cases = (await Database.RowsAsync(attendance, """SELECT "MarkId", "Id" FROM "AbsenceCases" WHERE "MarkId" = ANY(@ids)""", ("ids", absenceMarks.ToArray())))
            .Select(r => (Mark: (Guid)r[0], Case: (Guid)r[1])).ToList();
        var casesByMark = cases.ToLookup(c => c.Mark);
        lines.Add(new("absences acknowledged", absenceMarks.Count, false));
        lines.Add(new("absences without a follow-up case", absenceMarks.Count(m => !casesByMark[m].Any()), true));
        lines.Add(new("follow-up cases beyond one per absence", casesByMark.Sum(g => g.Count() - 1), true));

        var notifications = (await Database.RowsAsync(notification, """SELECT "Id", "Rule", "EventId", "OrganisationId", "Role", "Link" FROM "Notifications" """))
            .Select(r => (Id: (Guid)r[0], Rule: (string)r[1], Event: (Guid)r[2], Organisation: (Guid)r[3], Role: (string)r[4], Link: r[5] as string)).ToList();
        var absenceLinks = notifications.Where(n => n.Rule == "absence-reported").Select(n => n.Link).ToHashSet();
        lines.Add(new("absences the school was not notified of", cases.Count(c => !absenceLinks.Contains($"/api/attendance/cases/{c.Case}")), true));
        lines.Add(new("notifications per rule and event beyond one", notifications.GroupBy(n => (n.Rule, n.Event, n.Organisation, n.Role)).Sum(g => g.Count() - 1), true));

        // Journeys: each started placement is held as active by Referral and copied to Attendance by its event.
        var started = journeys.Started.Select(j => j.PlacementId).ToArray();
        lines.Add(new("journeys told their placement started", started.Length, false));
        lines.Add(new("placements not active in referraldb",
            started.Length - await Database.CountAsync(referral, $"""SELECT count(*) FROM "Placements" WHERE "Status" = 'Active' AND "Id" IN ({Ids(started)})"""), true));
        lines.Add(new("placements Attendance never heard of",
            started.Length - await Database.CountAsync(attendance, $"""SELECT count(*) FROM "Placements" WHERE "PlacementId" IN ({Ids(started)})"""), true));

        // Webhooks: what each receiver answered 200 to, against the deliveries Notification made for its subscription.
        var deliveries = (await Database.RowsAsync(notification, """SELECT "Id", "Channel", "Target", "EventId", "NotificationId", "Status", "Attempts", "LastError" FROM "Deliveries" """))
            .Select(r => (Id: (Guid)r[0], Channel: (string)r[1], Target: (string)r[2], Event: (Guid)r[3], Notification: r[4] as Guid?, Status: (string)r[5],
                Attempts: (int)r[6], LastError: r[7] as string)).ToList();
        long webhookDuplicates = 0, webhooksMissing = 0, absencesNotCalled = 0;
        foreach (var (name, receiver) in subscribers.Receivers)
        {
            var accepted = receiver.Received.Where(w => w.Answered == 200).ToList();
            foreach (var repeated in accepted.GroupBy(w => w.EventId).Where(g => g.Count() > 1))
            {
                webhookDuplicates += repeated.Count() - 1;
                Details.AddRange(deliveries.Where(d => d.Target == receiver.Url && d.Event.ToString() == repeated.Key)
                    .Select(d => $"{name} got event {repeated.Key} {repeated.Count()} times: delivery {d.Id} {d.Status} after {d.Attempts} attempts, last error {d.LastError}"));
            }

            var acceptedIds = accepted.Select(w => w.EventId).ToHashSet(StringComparer.OrdinalIgnoreCase);
            webhooksMissing += deliveries.Count(d => d.Channel == "Webhook" && d.Target == receiver.Url && !acceptedIds.Contains(d.Event.ToString()));
            var casesCalled = accepted.Select(w => Find(w.Json, "caseId")).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
            absencesNotCalled += cases.Count(c => !casesCalled.Contains(c.Case.ToString()));
            lines.Add(new($"webhook calls to {name} answered 200 (500s while failing)", accepted.Count, false));
        }

        lines.Add(new("absences a webhook subscriber was not told of", absencesNotCalled, true));
        lines.Add(new("webhook deliveries made but never received", webhooksMissing, true));
        lines.Add(new("webhook deliveries per subscriber and event id beyond one", webhookDuplicates, true));

        // Emails: the relay's messages, tied by their delivery id to the notification each tells.
        var emails = MailFiles.Read(platform.MailDirectory);
        var notificationOf = deliveries.Where(d => d.Channel == "Email").ToDictionary(d => d.Id, d => d.Notification);
        var emailedDeliveries = emails.Select(e => e.DeliveryId).OfType<Guid>().ToHashSet();
        lines.Add(new("emails the relay accepted", emails.Count, false));
        var repeatedEmails = emails.Where(e => e.DeliveryId is { } d && notificationOf.ContainsKey(d))
            .GroupBy(e => (e.To, notificationOf[e.DeliveryId!.Value])).Where(g => g.Count() > 1).ToList();
        lines.Add(new("emails per recipient and notification beyond one", repeatedEmails.Sum(g => g.Count() - 1), true));
        lines.Add(new("emails that carry no delivery the platform holds", emails.Count(e => e.DeliveryId is not { } d || !notificationOf.ContainsKey(d)), true));
        var ruleOf = notifications.ToDictionary(n => n.Id, n => n.Rule);
        Details.Add("emails by rule: " + string.Join(", ", emails.Where(e => e.DeliveryId is { } d && notificationOf.ContainsKey(d))
            .GroupBy(e => notificationOf[e.DeliveryId!.Value] is Guid n && ruleOf.TryGetValue(n, out var rule) ? rule : "?").OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
        foreach (var repeated in repeatedEmails)
        {
            Details.AddRange(repeated.Select(e => e.DeliveryId).Distinct().Select(id => deliveries.Single(d => d.Id == id))
                .Select(d => $"{repeated.Key.To} got notification {repeated.Key.Item2} {repeated.Count()} times: delivery {d.Id} {d.Status} after {d.Attempts} attempts, last error {d.LastError}"));
        }

        lines.Add(new("deliveries given up after every retry (parked)", deliveries.Count(d => d.Status == "Failed"), true));
        lines.Add(new("email deliveries marked sent but never received", deliveries.Count(d => d.Channel == "Email" && d.Status == "Sent" && !emailedDeliveries.Contains(d.Id)), true));
        var absenceEmailed = emails.Where(e => e.To == subscribers.AttendanceLead).Select(e => e.DeliveryId).OfType<Guid>()
            .Select(d => notificationOf.GetValueOrDefault(d)).OfType<Guid>().ToHashSet();
        lines.Add(new("absence notifications not emailed to the attendance lead",
            notifications.Count(n => n.Rule == "absence-reported" && n.Organisation == ProviderReturns.DemoSchool && !absenceEmailed.Contains(n.Id)), true));
        var letters = emails.Select(e => e.To).ToHashSet();
        lines.Add(new("journeys whose carer got no letter", journeys.Started.Count(j => !letters.Contains(j.CarerEmail)), true));

        lines.Add(new("client calls (first tries)", tally.Calls, false));
        lines.Add(new("client retries", tally.Retries, false));
        lines.Add(new("calls given up after three minutes of retries", tally.GivenUp.Count, true));
        lines.Add(new("journeys abandoned (a step refused)", journeys.Abandoned.Count, true));
        return lines;
    }

    private static string Ids(Guid[] ids) => ids.Length == 0 ? "NULL" : string.Join(", ", ids.Select(id => $"'{id}'"));

    /// <summary>A property anywhere in the webhook's JSON (the event sits inside the envelope).</summary>
    private static string? Find(JsonElement json, string property)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in json.EnumerateObject())
                {
                    if (p.NameEquals(property) && p.Value.ValueKind == JsonValueKind.String)
                    {
                        return p.Value.GetString();
                    }

                    if (Find(p.Value, property) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                return json.EnumerateArray().Select(e => Find(e, property)).FirstOrDefault(f => f is not null);
            default:
                return null;
        }
    }
}

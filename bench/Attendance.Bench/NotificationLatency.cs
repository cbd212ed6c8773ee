namespace APPlatform.Bench;

/// <summary>
/// From an absence recorded to its notification in the school's inbox: the absence event's own time (set as the
/// return commits) to the inbox item's, for absences recorded in a window. Split at the broker's confirmation of the
/// event (Attendance's outbox row), so the figures say whether events waited in the outbox or in the queue.
/// </summary>
internal static class NotificationLatency
{
    public sealed record Result(double P50, double P99, int Count, double OutboxP50, double OutboxP99, double QueueP50, double QueueP99);

    public static async Task<Result> MeasureAsync(string notificationDb, string attendanceDb, DateTimeOffset from, DateTimeOffset to)
    {
        var arrivals = await TimesAsync(notificationDb,
            """
            SELECT e."MessageId", e."OccurredAt", n."CreatedAt"
            FROM "Notifications" n JOIN "ReceivedEvents" e ON e."MessageId" = n."EventId"
            WHERE n."Rule" = 'absence-reported' AND e."OccurredAt" BETWEEN @from AND @to
            """, from, to);
        var confirmed = (await TimesAsync(attendanceDb,
                """SELECT "Id", "CreatedAt", "DispatchedAt" FROM "OutboxMessages" WHERE "DispatchedAt" IS NOT NULL AND "CreatedAt" BETWEEN @from AND @to""",
                from, to.AddMinutes(1)))
            .ToDictionary(r => r.Id, r => r.Later);

        var total = arrivals.Select(a => Milliseconds(a.Earlier, a.Later)).ToArray();
        var outbox = arrivals.Where(a => confirmed.ContainsKey(a.Id)).Select(a => Milliseconds(a.Earlier, confirmed[a.Id])).ToArray();
        var queue = arrivals.Where(a => confirmed.ContainsKey(a.Id)).Select(a => Milliseconds(confirmed[a.Id], a.Later)).ToArray();
        return new Result(
            Statistics.Percentile(total, 0.5), Statistics.Percentile(total, 0.99), total.Length,
            Statistics.Percentile(outbox, 0.5), Statistics.Percentile(outbox, 0.99),
            Statistics.Percentile(queue, 0.5), Statistics.Percentile(queue, 0.99));
    }

    private static double Milliseconds(DateTime from, DateTime to) => (to - from).TotalMilliseconds;

    /// <summary>Rows of (id, an earlier time, a later time) recorded between two times.</summary>
    private static async Task<List<(Guid Id, DateTime Earlier, DateTime Later)>> TimesAsync(string connectionString, string sql, DateTimeOffset from, DateTimeOffset to) =>
        (await Database.RowsAsync(connectionString, sql, ("from", from), ("to", to)))
        .Select(row => ((Guid)row[0], (DateTime)row[1], (DateTime)row[2])).ToList();
}

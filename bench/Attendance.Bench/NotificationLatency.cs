using Npgsql;

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
        var arrivals = await RowsAsync(notificationDb,
            """
            SELECT e."MessageId", e."OccurredAt", n."CreatedAt"
            FROM "Notifications" n JOIN "ReceivedEvents" e ON e."MessageId" = n."EventId"
            WHERE n."Rule" = 'absence-reported' AND e."OccurredAt" BETWEEN @from AND @to
            """, from, to);
        var confirmed = (await RowsAsync(attendanceDb,
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

    private static double Milliseconds(DateTimeOffset from, DateTimeOffset to) => (to - from).TotalMilliseconds;

    private static async Task<List<(Guid Id, DateTimeOffset Earlier, DateTimeOffset Later)>> RowsAsync(
        string connectionString, string sql, DateTimeOffset from, DateTimeOffset to)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("to", to);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(Guid, DateTimeOffset, DateTimeOffset)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetGuid(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetFieldValue<DateTimeOffset>(2)));
        }

        return rows;
    }
}

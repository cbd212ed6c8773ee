using Npgsql;

namespace APPlatform.Bench;

/// <summary>
/// From an absence recorded to its notification in the school's inbox: the absence event's own time (set as the
/// return commits) to the inbox item's, both from Notification.Service's database, for absences recorded in a window.
/// </summary>
internal static class NotificationLatency
{
    public static async Task<(double P50, double P99, int Count)> MeasureAsync(string notificationDb, DateTimeOffset from, DateTimeOffset to)
    {
        await using var connection = new NpgsqlConnection(notificationDb);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY latency), percentile_cont(0.99) WITHIN GROUP (ORDER BY latency), count(*)
            FROM (SELECT extract(epoch FROM n."CreatedAt" - e."OccurredAt") * 1000 AS latency
                  FROM "Notifications" n JOIN "ReceivedEvents" e ON e."MessageId" = n."EventId"
                  WHERE n."Rule" = 'absence-reported' AND e."OccurredAt" BETWEEN @from AND @to) AS absences
            """, connection);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("to", to);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return reader.IsDBNull(0) ? (double.NaN, double.NaN, 0) : (reader.GetDouble(0), reader.GetDouble(1), (int)reader.GetInt64(2));
    }
}

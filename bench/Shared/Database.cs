using Npgsql;

namespace APPlatform.Bench;

/// <summary>Reads the services' own databases directly: the benchmarks count what the platform holds, not what it answers.</summary>
internal static class Database
{
    public static readonly string[] Services = ["directorydb", "referraldb", "attendancedb", "notificationdb"];

    public static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L);
    }

    /// <summary>Events a service has committed to its outbox and not yet had confirmed by the broker.</summary>
    public static Task<long> UnpublishedEventsAsync(string connectionString) =>
        CountAsync(connectionString, """SELECT count(*) FROM "OutboxMessages" WHERE "DispatchedAt" IS NULL""");

    /// <summary>Notification's emails, webhook calls and broker messages not yet sent; none where the database has no deliveries.</summary>
    public static async Task<long> PendingDeliveriesAsync(string connectionString) =>
        await HasTableAsync(connectionString, "Deliveries")
            ? await CountAsync(connectionString, """SELECT count(*) FROM "Deliveries" WHERE "Status" IN ('Pending', 'Retrying')""")
            : 0;

    /// <summary>Every row of a query, each as its columns' values.</summary>
    public static async Task<List<object[]>> RowsAsync(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Whether the database has the table: not every service schedules deadlines or sends deliveries.</summary>
    public static async Task<bool> HasTableAsync(string connectionString, string table) =>
        await CountAsync(connectionString, $"SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = '{table}'") > 0;
}

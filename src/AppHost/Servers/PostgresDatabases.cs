using System.Text.RegularExpressions;
using Npgsql;

namespace APPlatform.AppHost.Servers;

public static partial class PostgresDatabases
{
    /// <summary>Creates the database on the server if it does not exist yet, as Aspire's AddDatabase does.</summary>
    public static async Task CreateAsync(string serverConnectionString, string database, CancellationToken cancellationToken = default)
    {
        if (!SafeName().IsMatch(database))
        {
            throw new ArgumentException($"'{database}' is not a plain database name.", nameof(database));
        }

        var connectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(connectionString.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        try
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
        }
    }

    /// <summary>A connection string for one database on the server.</summary>
    public static string ConnectionStringFor(string serverConnectionString, string database) =>
        new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = database }.ConnectionString;

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex SafeName();
}

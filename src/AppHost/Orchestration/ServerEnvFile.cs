namespace APPlatform.AppHost.Orchestration;

/// <summary>The servers' connection strings as a file a shell can source (./test.sh runs every test against them).</summary>
internal static class ServerEnvFile
{
    public static async Task WriteAsync(string path, IEnumerable<ServerResource> servers)
    {
        // Single-quoted: PostgreSQL's connection string is full of semicolons. Written whole, then moved into place,
        // because ./test.sh sources the file as soon as it is not empty.
        var partial = path + ".partial";
        await File.WriteAllLinesAsync(partial, servers.Select(server => $"ConnectionStrings__{server.Name}='{server.ConnectionString}'"));
        File.Move(partial, path, overwrite: true);
    }
}

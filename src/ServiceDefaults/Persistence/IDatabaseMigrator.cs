namespace APPlatform.ServiceDefaults.Persistence;

/// <summary>Brings the service's database to its latest migration (creating it if missing), under the migration lock.</summary>
internal interface IDatabaseMigrator
{
    Task MigrateAsync(CancellationToken cancellationToken);
}

using Microsoft.EntityFrameworkCore.Migrations;

namespace APPlatform.ServiceDefaults.Idempotency;

/// <summary>
/// Schema steps for the Idempotency-Key table that every service keeps, written once for the services' migrations.
/// </summary>
public static class IdempotencyRecordMigrations
{
    private const string PrimaryKey = "PK_" + IdempotencyRecordConfiguration.TableName;

    /// <summary>
    /// Keys become per organisation as well as per client. Records made before name no organisation, so an
    /// organisation's retry no longer finds them; they go with the day's retention (PlatformTableRetention).
    /// </summary>
    public static void ScopeIdempotencyKeysByOrganisation(this MigrationBuilder migration)
    {
        migration.DropPrimaryKey(PrimaryKey, IdempotencyRecordConfiguration.TableName);
        migration.AddColumn<Guid>(nameof(IdempotencyRecord.OrganisationId), IdempotencyRecordConfiguration.TableName,
            type: "uuid", nullable: false, defaultValue: Guid.Empty);
        migration.AddPrimaryKey(PrimaryKey, IdempotencyRecordConfiguration.TableName,
            [nameof(IdempotencyRecord.OrganisationId), nameof(IdempotencyRecord.ClientId), nameof(IdempotencyRecord.Key)]);
    }

    public static void UnscopeIdempotencyKeysByOrganisation(this MigrationBuilder migration)
    {
        migration.DropPrimaryKey(PrimaryKey, IdempotencyRecordConfiguration.TableName);
        migration.DropColumn(nameof(IdempotencyRecord.OrganisationId), IdempotencyRecordConfiguration.TableName);
        migration.AddPrimaryKey(PrimaryKey, IdempotencyRecordConfiguration.TableName,
            [nameof(IdempotencyRecord.ClientId), nameof(IdempotencyRecord.Key)]);
    }
}

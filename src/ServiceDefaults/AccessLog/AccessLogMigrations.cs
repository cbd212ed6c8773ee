using Microsoft.EntityFrameworkCore.Migrations;

namespace APPlatform.ServiceDefaults.AccessLog;

/// <summary>
/// The access log's table, written once for the services' migrations, made append-only in the database itself. A trigger
/// rather than REVOKE: the service connects as the role that owns its tables (its migrations create them), and an
/// owner keeps UPDATE and DELETE whatever is revoked from PUBLIC; a trigger refuses every role, the owner included.
/// TRUNCATE fires no row trigger, so a statement trigger refuses it too. Only dropping the trigger (a migration,
/// reviewed like any other) can change the log. This is the table as first created: a later change to it is a new
/// step here, called from new migrations, so the ones already applied stay as they ran.
/// </summary>
public static class AccessLogMigrations
{
    private const string Function = "access_log_is_append_only";

    public static void CreateAccessLog(this MigrationBuilder migration)
    {
        migration.CreateTable(
            name: AccessLogEntryConfiguration.TableName,
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                OrganisationType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                ClientId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Person = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                Action = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                RecordKind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                PupilId = table.Column<Guid>(type: "uuid", nullable: false),
                SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                RouteName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AccessLog", x => x.Id);
            });

        migration.CreateIndex(
            name: "IX_AccessLog_PupilId_At",
            table: AccessLogEntryConfiguration.TableName,
            columns: new[] { "PupilId", "At" });

        migration.CreateIndex(
            name: "IX_AccessLog_SchoolId_At",
            table: AccessLogEntryConfiguration.TableName,
            columns: new[] { "SchoolId", "At" });

        migration.MakeAccessLogAppendOnly();
    }

    public static void DropAccessLog(this MigrationBuilder migration)
    {
        migration.AllowAccessLogChanges();
        migration.DropTable(name: AccessLogEntryConfiguration.TableName);
    }

    /// <summary>
    /// Lets the retention job delete lines older than <paramref name="keep"/> (a PostgreSQL interval, such as
    /// '6 years'), and nothing younger: UPDATE, TRUNCATE and the deletion of a younger line stay refused.
    /// </summary>
    public static void LetAccessLogLinesExpire(this MigrationBuilder migration, string keep) => migration.Sql(Guard(
        $"""
         IF TG_OP = 'DELETE' AND OLD."At" < now() - interval '{keep}' THEN
             RETURN OLD;
         END IF;
         """));

    /// <summary>Undoes <see cref="LetAccessLogLinesExpire"/>: no line may be deleted.</summary>
    public static void KeepAccessLogLinesForever(this MigrationBuilder migration) => migration.Sql(Guard(string.Empty));

    private static void MakeAccessLogAppendOnly(this MigrationBuilder migration) => migration.Sql(
        $"""
         {Guard(string.Empty)}
         CREATE TRIGGER refuse_update_or_delete BEFORE UPDATE OR DELETE ON "{AccessLogEntryConfiguration.TableName}"
             FOR EACH ROW EXECUTE FUNCTION {Function}();
         CREATE TRIGGER refuse_truncate BEFORE TRUNCATE ON "{AccessLogEntryConfiguration.TableName}"
             FOR EACH STATEMENT EXECUTE FUNCTION {Function}();
         """);

    /// <summary>The triggers' function: whatever <paramref name="allowed"/> lets through, then refuse.</summary>
    private static string Guard(string allowed) =>
        $"""
         CREATE OR REPLACE FUNCTION {Function}() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
             {allowed}
             RAISE EXCEPTION 'The access log is append-only: % is refused', TG_OP USING ERRCODE = 'insufficient_privilege';
         END $$;
         """;

    private static void AllowAccessLogChanges(this MigrationBuilder migration) => migration.Sql(
        $"""
         DROP TRIGGER refuse_truncate ON "{AccessLogEntryConfiguration.TableName}";
         DROP TRIGGER refuse_update_or_delete ON "{AccessLogEntryConfiguration.TableName}";
         DROP FUNCTION {Function}();
         """);
}

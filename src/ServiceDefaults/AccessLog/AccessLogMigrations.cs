using Microsoft.EntityFrameworkCore.Migrations;

namespace APPlatform.ServiceDefaults.AccessLog;

/// <summary>
/// Makes the access log append-only in the database itself, written once for the services' migrations. A trigger
/// rather than REVOKE: the service connects as the role that owns its tables (its migrations create them), and an
/// owner keeps UPDATE and DELETE whatever is revoked from PUBLIC; a trigger refuses every role, the owner included.
/// TRUNCATE fires no row trigger, so a statement trigger refuses it too. Only dropping the trigger (a migration,
/// reviewed like any other) can change the log.
/// </summary>
public static class AccessLogMigrations
{
    private const string Function = "access_log_is_append_only";

    public static void MakeAccessLogAppendOnly(this MigrationBuilder migration) => migration.Sql(
        $"""
         CREATE FUNCTION {Function}() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
             RAISE EXCEPTION 'The access log is append-only: % is refused', TG_OP USING ERRCODE = 'insufficient_privilege';
         END $$;
         CREATE TRIGGER refuse_update_or_delete BEFORE UPDATE OR DELETE ON "{AccessLogEntryConfiguration.TableName}"
             FOR EACH ROW EXECUTE FUNCTION {Function}();
         CREATE TRIGGER refuse_truncate BEFORE TRUNCATE ON "{AccessLogEntryConfiguration.TableName}"
             FOR EACH STATEMENT EXECUTE FUNCTION {Function}();
         """);

    public static void AllowAccessLogChanges(this MigrationBuilder migration) => migration.Sql(
        $"""
         DROP TRIGGER refuse_truncate ON "{AccessLogEntryConfiguration.TableName}";
         DROP TRIGGER refuse_update_or_delete ON "{AccessLogEntryConfiguration.TableName}";
         DROP FUNCTION {Function}();
         """);
}

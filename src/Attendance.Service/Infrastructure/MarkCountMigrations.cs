using Microsoft.EntityFrameworkCore.Migrations;

namespace APPlatform.Attendance.Infrastructure;

/// <summary>
/// Keeps <see cref="Model.MarkCount"/>s as the marks change, in the database itself: statement triggers on the marks add
/// each statement's new, changed and removed marks to their week's counts, so no way of writing a mark (a return, the
/// register cut-off, a school confirming a code, retention) can leave the counts behind. One statement a write, whatever
/// its number of marks; upserted in key order so that concurrent writers lock the counts in the same order. This is the
/// trigger as first created: a later change to it is a new step here, called from a new migration.
/// </summary>
public static class MarkCountMigrations
{
    private const string Function = "count_marks_by_week";

    public static void CountMarksByWeek(this MigrationBuilder migration) => migration.Sql(
        $"""
         CREATE FUNCTION {Function}() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
             IF TG_OP = 'INSERT' THEN
                 {AddToCounts(Marks("added", 1))}
             ELSIF TG_OP = 'DELETE' THEN
                 {AddToCounts(Marks("removed", -1))}
             ELSE
                 {AddToCounts($"{Marks("added", 1)} UNION ALL {Marks("removed", -1)}")}
             END IF;
             RETURN NULL;
         END $$;
         CREATE TRIGGER count_added AFTER INSERT ON "Marks" REFERENCING NEW TABLE AS added
             FOR EACH STATEMENT EXECUTE FUNCTION {Function}();
         CREATE TRIGGER count_changed AFTER UPDATE ON "Marks" REFERENCING OLD TABLE AS removed NEW TABLE AS added
             FOR EACH STATEMENT EXECUTE FUNCTION {Function}();
         CREATE TRIGGER count_removed AFTER DELETE ON "Marks" REFERENCING OLD TABLE AS removed
             FOR EACH STATEMENT EXECUTE FUNCTION {Function}();
         {AddToCounts(Marks("\"Marks\"", 1))}
         """);

    public static void StopCountingMarks(this MigrationBuilder migration) => migration.Sql(
        $"""
         DROP TRIGGER count_removed ON "Marks";
         DROP TRIGGER count_changed ON "Marks";
         DROP TRIGGER count_added ON "Marks";
         DROP FUNCTION {Function}();
         """);

    /// <summary>The marks of <paramref name="table"/>, each to be added to its week's counts <paramref name="n"/> times (1 to count it, -1 to uncount it).</summary>
    private static string Marks(string table, int n) => $"SELECT \"PlacementId\", \"Date\", \"Status\", \"Code\", {n} AS n FROM {table}";

    /// <summary>Adds the marks <paramref name="deltas"/> select to their weeks' counts.</summary>
    private static string AddToCounts(string deltas) =>
        $"""
         INSERT INTO "MarkCounts" AS c ("PlacementId", "Week", "Status", "Code", "Sessions")
                 SELECT "PlacementId", date_trunc('week', "Date")::date, "Status", "Code", sum(n)::int FROM ({deltas}) AS d
                 GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4
                 ON CONFLICT ("PlacementId", "Week", "Status", "Code") DO UPDATE SET "Sessions" = c."Sessions" + excluded."Sessions";
         """;
}

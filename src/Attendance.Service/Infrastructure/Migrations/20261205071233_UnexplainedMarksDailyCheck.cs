using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace APPlatform.Attendance.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class UnexplainedMarksDailyCheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "UnexplainedMarkCheckedAt",
                table: "AbsenceCases",
                type: "timestamp with time zone",
                nullable: true);

            // The daily check takes over from a deadline an absence: absences whose deadline has run (or gone with
            // retention) are decided; those still pending are left to the check, and their deadlines go.
            migrationBuilder.Sql("""
                UPDATE "AbsenceCases" c SET "UnexplainedMarkCheckedAt" = now()
                WHERE NOT EXISTS (SELECT 1 FROM "Deadlines" d WHERE d."Kind" = 'unexplained-mark' AND d."FiredAt" IS NULL AND d."Subject" = c."Id"::text);
                DELETE FROM "Deadlines" WHERE "Kind" = 'unexplained-mark' AND "FiredAt" IS NULL;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_AbsenceCases_UnexplainedMarkUnchecked",
                table: "AbsenceCases",
                column: "Date",
                filter: "\"UnexplainedMarkCheckedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The deadlines removed are not planned again: absences undecided when rolled back are not announced.
            migrationBuilder.DropIndex(
                name: "IX_AbsenceCases_UnexplainedMarkUnchecked",
                table: "AbsenceCases");

            migrationBuilder.DropColumn(
                name: "UnexplainedMarkCheckedAt",
                table: "AbsenceCases");
        }
    }
}

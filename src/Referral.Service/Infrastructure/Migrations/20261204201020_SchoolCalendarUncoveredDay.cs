using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace APPlatform.Referrals.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SchoolCalendarUncoveredDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "UncoveredDayNeeded",
                table: "SchoolCalendars",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_SchoolCalendars_UncoveredDayNeeded",
                table: "SchoolCalendars",
                column: "UncoveredDayNeeded",
                filter: "\"UncoveredDayNeeded\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SchoolCalendars_UncoveredDayNeeded",
                table: "SchoolCalendars");

            migrationBuilder.DropColumn(
                name: "UncoveredDayNeeded",
                table: "SchoolCalendars");
        }
    }
}

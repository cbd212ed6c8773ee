using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace APPlatform.Attendance.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CountMarksByWeek : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MarkCounts",
                columns: table => new
                {
                    PlacementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Week = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Sessions = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarkCounts", x => new { x.PlacementId, x.Week, x.Status, x.Code });
                });

            // Counts the marks already held, then keeps counting as they change.
            migrationBuilder.CountMarksByWeek();

            migrationBuilder.CreateIndex(
                name: "IX_Marks_Illness",
                table: "Marks",
                columns: new[] { "PlacementId", "Date" },
                filter: "\"Code\" = 'I'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.StopCountingMarks();

            migrationBuilder.DropTable(
                name: "MarkCounts");

            migrationBuilder.DropIndex(
                name: "IX_Marks_Illness",
                table: "Marks");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace APPlatform.Referrals.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class AttendanceSchoolWeeks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AttendanceSchoolWeeks",
                columns: table => new
                {
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    WeekStarting = table.Column<DateOnly>(type: "date", nullable: false),
                    SessionsPossible = table.Column<int>(type: "integer", nullable: false),
                    Attended = table.Column<int>(type: "integer", nullable: false),
                    AuthorisedAbsence = table.Column<int>(type: "integer", nullable: false),
                    UnauthorisedAbsence = table.Column<int>(type: "integer", nullable: false),
                    Unexplained = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttendanceSchoolWeeks", x => new { x.SchoolId, x.WeekStarting });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AttendanceSchoolWeeks");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace APPlatform.Attendance.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PlacementCommissioner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CommissionerId",
                table: "Placements",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Placements copied before this knew no commissioner: an LA-arranged one (code K) is its LA's, the rest
            // their school's, until the placement's next event says for certain.
            migrationBuilder.Sql("""
                UPDATE "Placements" SET "CommissionerId" =
                    CASE WHEN "RegistrationMode" = 'la_arranged' AND "LocalAuthorityId" IS NOT NULL THEN "LocalAuthorityId" ELSE "SchoolId" END
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CommissionerId",
                table: "Placements");
        }
    }
}

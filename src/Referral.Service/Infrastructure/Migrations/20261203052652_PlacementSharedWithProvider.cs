using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace APPlatform.Referrals.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PlacementSharedWithProvider : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SharedWithProviderAt",
                table: "Placements",
                type: "timestamp with time zone",
                nullable: true);

            // A placement that started passed every check, its provider's listing and audit among them; one still
            // planned is shared the next time its checks run.
            migrationBuilder.Sql("""UPDATE "Placements" SET "SharedWithProviderAt" = now() WHERE "Status" <> 'Planned'""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SharedWithProviderAt",
                table: "Placements");
        }
    }
}

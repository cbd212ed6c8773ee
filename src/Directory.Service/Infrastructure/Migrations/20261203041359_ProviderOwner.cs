using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace APPlatform.ProviderDirectory.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ProviderOwner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "OwnerId",
                table: "Providers",
                type: "uuid",
                nullable: true);

            // Each record was listed first on the directory of the local authority that created it (or that an admin
            // named): that authority keeps it. A record no authority lists stays with the platform admins.
            migrationBuilder.Sql("""
                UPDATE "Providers" p SET "OwnerId" = (
                    SELECT l."LocalAuthorityId" FROM "LocalAuthorityListings" l
                    WHERE l."ProviderId" = p."Id" ORDER BY l."ListedAt" LIMIT 1)
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OwnerId",
                table: "Providers");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace APPlatform.Identity.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class NamedForSafeguarding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "NamedForSafeguarding",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NamedForSafeguarding",
                table: "AspNetUsers");
        }
    }
}

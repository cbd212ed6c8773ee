using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace APPlatform.Referrals.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PupilChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Changes",
                table: "Pupils",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Changes",
                table: "Pupils");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace APPlatform.Attendance.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class MarksSayTheirCode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // An absence the school has not explained yet says N (no reason yet) rather than nothing.
            migrationBuilder.Sql("""UPDATE "Marks" SET "Code" = 'N' WHERE "Code" IS NULL""");
            migrationBuilder.AlterColumn<string>(
                name: "Code",
                table: "Marks",
                type: "character varying(3)",
                maxLength: 3,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(3)",
                oldMaxLength: 3,
                oldNullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Code",
                table: "Marks",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(3)",
                oldMaxLength: 3);
            migrationBuilder.Sql("""UPDATE "Marks" SET "Code" = NULL WHERE "Code" = 'N'""");
        }
    }
}

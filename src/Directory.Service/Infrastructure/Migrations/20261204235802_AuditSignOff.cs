using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace APPlatform.ProviderDirectory.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class AuditSignOff : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SignedOffAt",
                table: "Audits",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignedOffBy",
                table: "Audits",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SignedOffByPersonId",
                table: "Audits",
                type: "uuid",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SignedOffAt",
                table: "Audits");

            migrationBuilder.DropColumn(
                name: "SignedOffBy",
                table: "Audits");

            migrationBuilder.DropColumn(
                name: "SignedOffByPersonId",
                table: "Audits");
        }
    }
}

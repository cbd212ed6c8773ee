using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace APPlatform.Notifications.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class EncryptedRotatableSecrets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Renamed, not replaced: existing subscriptions keep their secret, still as given, until the service's
            // start-up step (PlainSecretEncryption), which holds the key, encrypts it in place.
            migrationBuilder.RenameColumn(
                name: "Secret",
                table: "Subscriptions",
                newName: "EncryptedSecret");

            migrationBuilder.AlterColumn<string>(
                name: "EncryptedSecret",
                table: "Subscriptions",
                type: "character varying(512)",
                maxLength: 512,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(256)",
                oldMaxLength: 256);

            migrationBuilder.AddColumn<string>(
                name: "EncryptedPreviousSecret",
                table: "Subscriptions",
                type: "character varying(512)",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PreviousSecretSignsUntil",
                table: "Subscriptions",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EncryptedPreviousSecret",
                table: "Subscriptions");

            migrationBuilder.DropColumn(
                name: "PreviousSecretSignsUntil",
                table: "Subscriptions");

            // Going back leaves the secrets encrypted: the earlier version would sign with the ciphertext, so its
            // receivers need new secrets.
            migrationBuilder.AlterColumn<string>(
                name: "EncryptedSecret",
                table: "Subscriptions",
                type: "character varying(256)",
                maxLength: 256,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(512)",
                oldMaxLength: 512);

            migrationBuilder.RenameColumn(
                name: "EncryptedSecret",
                table: "Subscriptions",
                newName: "Secret");
        }
    }
}

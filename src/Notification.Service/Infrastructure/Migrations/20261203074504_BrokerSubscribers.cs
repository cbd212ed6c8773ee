using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace APPlatform.Notifications.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class BrokerSubscribers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Url",
                table: "Subscriptions",
                type: "character varying(2048)",
                maxLength: 2048,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(2048)",
                oldMaxLength: 2048);

            migrationBuilder.AlterColumn<string>(
                name: "EncryptedSecret",
                table: "Subscriptions",
                type: "character varying(512)",
                maxLength: 512,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(512)",
                oldMaxLength: 512);

            migrationBuilder.AddColumn<string>(
                name: "Channel",
                table: "Subscriptions",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Webhook"); // every subscription before this one was a webhook

            migrationBuilder.AddColumn<string>(
                name: "VirtualHost",
                table: "Subscriptions",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Subscriptions_VirtualHost",
                table: "Subscriptions",
                column: "VirtualHost",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Subscriptions_VirtualHost",
                table: "Subscriptions");

            migrationBuilder.DropColumn(
                name: "Channel",
                table: "Subscriptions");

            migrationBuilder.DropColumn(
                name: "VirtualHost",
                table: "Subscriptions");

            migrationBuilder.AlterColumn<string>(
                name: "Url",
                table: "Subscriptions",
                type: "character varying(2048)",
                maxLength: 2048,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(2048)",
                oldMaxLength: 2048,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "EncryptedSecret",
                table: "Subscriptions",
                type: "character varying(512)",
                maxLength: 512,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(512)",
                oldMaxLength: 512,
                oldNullable: true);
        }
    }
}

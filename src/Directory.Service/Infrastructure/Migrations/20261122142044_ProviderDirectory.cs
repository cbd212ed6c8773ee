using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using APPlatform.ProviderDirectory.Model;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace APPlatform.ProviderDirectory.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ProviderDirectory : Migration
    {
        /// <summary>Providers created before this migration get the full checklist, nothing yet given or seen.</summary>
        private static string AllUnchecked(Type checklist) => JsonSerializer.Serialize(
            Enum.GetNames(checklist).Select(name => new Dictionary<string, object> { ["type"] = JsonNamingPolicy.SnakeCaseLower.ConvertName(name), ["given"] = false, ["seen"] = false }));

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Assurances",
                table: "Providers",
                type: "jsonb",
                nullable: false,
                defaultValue: AllUnchecked(typeof(AssuranceType)));

            migrationBuilder.AddColumn<string>(
                name: "Details",
                table: "Providers",
                type: "jsonb",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "Documents",
                table: "Providers",
                type: "jsonb",
                nullable: false,
                defaultValue: AllUnchecked(typeof(DocumentType)));

            migrationBuilder.AddColumn<string>(
                name: "Inspections",
                table: "Providers",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "ListingHistory",
                table: "Providers",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "OfstedOutcome",
                table: "Providers",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Profile_AcceptsAdults",
                table: "Providers",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Profile_CostNotes",
                table: "Providers",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "Profile_CostPerDay",
                table: "Providers",
                type: "numeric(9,2)",
                precision: 9,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Profile_DaysAndHours",
                table: "Providers",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Profile_Delivery",
                table: "Providers",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Profile_ExamCentre",
                table: "Providers",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Profile_ExamCentreNumber",
                table: "Providers",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Profile_FiveOrMoreGcses",
                table: "Providers",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Profile_GcseEnglishAndMaths",
                table: "Providers",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int[]>(
                name: "Profile_KeyStages",
                table: "Providers",
                type: "integer[]",
                nullable: false,
                defaultValue: new int[0]);

            migrationBuilder.AddColumn<int>(
                name: "Profile_MaximumAge",
                table: "Providers",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Profile_MinimumAge",
                table: "Providers",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int[]>(
                name: "Profile_NeedsCatered",
                table: "Providers",
                type: "integer[]",
                nullable: false,
                defaultValue: new int[0]);

            migrationBuilder.AddColumn<string>(
                name: "Profile_Offer",
                table: "Providers",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Profile_Places",
                table: "Providers",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Profile_PlacesAvailable",
                table: "Providers",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Registration_DfeNumber",
                table: "Providers",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Registration_EstablishmentType",
                table: "Providers",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Registration_LastCheckedOn",
                table: "Providers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Registration_Status",
                table: "Providers",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Unregistered");

            migrationBuilder.AddColumn<string>(
                name: "Registration_Ukprn",
                table: "Providers",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Registration_Urn",
                table: "Providers",
                type: "character varying(6)",
                maxLength: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Providers",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Listed");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "UpdatedAt",
                table: "Providers",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "Providers",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.Sql("""UPDATE "Providers" SET "UpdatedAt" = "CreatedAt";""");

            migrationBuilder.CreateTable(
                name: "Audits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorOrganisationType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AuthorTrustId = table.Column<Guid>(type: "uuid", nullable: true),
                    LocalAuthorityId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsPrivate = table.Column<bool>(type: "boolean", nullable: false),
                    Answers = table.Column<string>(type: "jsonb", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Suitable = table.Column<bool>(type: "boolean", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Audits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Audits_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChangeRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Part = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Proposed = table.Column<string>(type: "jsonb", nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReviewedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReviewNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChangeRequests_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Concerns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    RaisedByOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RaisedByOrganisationType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LocalAuthorityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    History = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Concerns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Concerns_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Deadlines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Payload = table.Column<string>(type: "jsonb", nullable: false),
                    FiredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deadlines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdempotencyRecords",
                columns: table => new
                {
                    ClientId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    StatusCode = table.Column<int>(type: "integer", nullable: true),
                    ContentType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Location = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Body = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyRecords", x => new { x.ClientId, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "LocalAuthorityListings",
                columns: table => new
                {
                    LocalAuthorityId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    ListedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ListedBy = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LocalAuthorityListings", x => new { x.ProviderId, x.LocalAuthorityId });
                    table.ForeignKey(
                        name: "FK_LocalAuthorityListings_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Placements",
                columns: table => new
                {
                    PlacementId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    IsFullTime = table.Column<bool>(type: "boolean", nullable: false),
                    IsLookedAfterOrEhcp = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Placements", x => x.PlacementId);
                });

            migrationBuilder.CreateTable(
                name: "ProviderSites",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AddressLine1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AddressLine2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Town = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    County = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Area = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    OutOfCounty = table.Column<bool>(type: "boolean", nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProviderSites", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProviderSites_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ThresholdAlerts",
                columns: table => new
                {
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    WeekStarting = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThresholdAlerts", x => x.ProviderId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Providers_Status",
                table: "Providers",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Audits_AuthorOrganisationId",
                table: "Audits",
                column: "AuthorOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Audits_ProviderId_LocalAuthorityId",
                table: "Audits",
                columns: new[] { "ProviderId", "LocalAuthorityId" });

            migrationBuilder.CreateIndex(
                name: "IX_ChangeRequests_ProviderId_Status",
                table: "ChangeRequests",
                columns: new[] { "ProviderId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_LocalAuthorityId_Status",
                table: "Concerns",
                columns: new[] { "LocalAuthorityId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_ProviderId",
                table: "Concerns",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_RaisedByOrganisationId",
                table: "Concerns",
                column: "RaisedByOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Kind_Subject",
                table: "Deadlines",
                columns: new[] { "Kind", "Subject" },
                unique: true,
                filter: "\"FiredAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Pending",
                table: "Deadlines",
                column: "DueAt",
                filter: "\"FiredAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyRecords_StartedAt",
                table: "IdempotencyRecords",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_ProviderId",
                table: "Placements",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_ProviderSites_ProviderId",
                table: "ProviderSites",
                column: "ProviderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Audits");

            migrationBuilder.DropTable(
                name: "ChangeRequests");

            migrationBuilder.DropTable(
                name: "Concerns");

            migrationBuilder.DropTable(
                name: "Deadlines");

            migrationBuilder.DropTable(
                name: "IdempotencyRecords");

            migrationBuilder.DropTable(
                name: "LocalAuthorityListings");

            migrationBuilder.DropTable(
                name: "Placements");

            migrationBuilder.DropTable(
                name: "ProviderSites");

            migrationBuilder.DropTable(
                name: "ThresholdAlerts");

            migrationBuilder.DropIndex(
                name: "IX_Providers_Status",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Assurances",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Details",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Documents",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Inspections",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "ListingHistory",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "OfstedOutcome",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Profile_AcceptsAdults",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Profile_CostNotes",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Profile_CostPerDay",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Profile_DaysAndHours",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Profile_Delivery",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Profile_ExamCentre",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Profile_ExamCentreNumber",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Profile_FiveOrMoreGcses",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Profile_GcseEnglishAndMaths",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Profile_KeyStages",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Profile_MaximumAge",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Profile_MinimumAge",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Profile_NeedsCatered",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Profile_Offer",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Profile_Places",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Profile_PlacesAvailable",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Registration_DfeNumber",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Registration_EstablishmentType",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Registration_LastCheckedOn",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Registration_Status",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Registration_Ukprn",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Registration_Urn",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "Providers");
        }
    }
}

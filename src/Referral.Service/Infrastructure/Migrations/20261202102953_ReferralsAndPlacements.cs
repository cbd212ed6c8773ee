using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace APPlatform.Referrals.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ReferralsAndPlacements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DirectoryAudits",
                columns: table => new
                {
                    AuditId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorTrustId = table.Column<Guid>(type: "uuid", nullable: true),
                    LocalAuthorityId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsShared = table.Column<bool>(type: "boolean", nullable: false),
                    Suitable = table.Column<bool>(type: "boolean", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryAudits", x => x.AuditId);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryProviders",
                columns: table => new
                {
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsRegistered = table.Column<bool>(type: "boolean", nullable: false),
                    Listing = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryProviders", x => x.ProviderId);
                });

            migrationBuilder.CreateTable(
                name: "Pupils",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Upn = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    FirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    YearGroup = table.Column<int>(type: "integer", nullable: false),
                    Sen = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EhcpCaseworker = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IsLookedAfter = table.Column<bool>(type: "boolean", nullable: false),
                    VirtualSchoolHead = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SocialWorker = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Protection = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FreeSchoolMeals = table.Column<bool>(type: "boolean", nullable: false),
                    Carers = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pupils", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SchoolCalendars",
                columns: table => new
                {
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Terms = table.Column<string>(type: "jsonb", nullable: false),
                    Closures = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchoolCalendars", x => x.SchoolId);
                });

            migrationBuilder.CreateTable(
                name: "TrustPolicies",
                columns: table => new
                {
                    TrustId = table.Column<Guid>(type: "uuid", nullable: false),
                    Approval = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ApprovalCostPerWeek = table.Column<decimal>(type: "numeric", nullable: true),
                    MaxUnregisteredHoursPerWeek = table.Column<decimal>(type: "numeric", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrustPolicies", x => x.TrustId);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    TrustId = table.Column<Guid>(type: "uuid", nullable: true),
                    LocalAuthorityId = table.Column<Guid>(type: "uuid", nullable: true),
                    PupilId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reasons = table.Column<string>(type: "jsonb", nullable: false),
                    ReasonDetail = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Route = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Needs = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Proposal = table.Column<string>(type: "jsonb", nullable: false),
                    UnregisteredJustification = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Chronology = table.Column<string>(type: "jsonb", nullable: false),
                    Approvals = table.Column<string>(type: "jsonb", nullable: false),
                    ApLead = table.Column<string>(type: "jsonb", nullable: true),
                    Plan = table.Column<string>(type: "jsonb", nullable: true),
                    ParentAgreement = table.Column<string>(type: "jsonb", nullable: true),
                    PlacementId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    History = table.Column<string>(type: "jsonb", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referrals_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Suspensions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PupilId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    LocalAuthorityId = table.Column<Guid>(type: "uuid", nullable: true),
                    FirstDay = table.Column<DateOnly>(type: "date", nullable: false),
                    SchoolDays = table.Column<int>(type: "integer", nullable: false),
                    DaySix = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Suspensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Suspensions_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Placements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false),
                    PupilId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    TrustId = table.Column<Guid>(type: "uuid", nullable: true),
                    LocalAuthorityId = table.Column<Guid>(type: "uuid", nullable: true),
                    CommissionerType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CommissionerId = table.Column<Guid>(type: "uuid", nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: true),
                    Address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PersonResponsible = table.Column<string>(type: "jsonb", nullable: false),
                    RegistrationMode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Timetable = table.Column<string>(type: "jsonb", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    PlannedEndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    IsSoleProvision = table.Column<bool>(type: "boolean", nullable: false),
                    PastoralContact = table.Column<string>(type: "jsonb", nullable: false),
                    CostPerWeek = table.Column<decimal>(type: "numeric", nullable: true),
                    IsLookedAfter = table.Column<bool>(type: "boolean", nullable: false),
                    HasEhcPlan = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    History = table.Column<string>(type: "jsonb", nullable: false),
                    Notices = table.Column<string>(type: "jsonb", nullable: false),
                    Reviews = table.Column<string>(type: "jsonb", nullable: false),
                    Visits = table.Column<string>(type: "jsonb", nullable: false),
                    Incidents = table.Column<string>(type: "jsonb", nullable: false),
                    ReintegrationPlan = table.Column<string>(type: "jsonb", nullable: true),
                    FinalReport = table.Column<string>(type: "jsonb", nullable: true),
                    PupilViews = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Destination = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Placements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Placements_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProviderReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacementId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Term = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Progress = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Behaviour = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Welfare = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Attendance = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProviderReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProviderReports_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryAudits_ProviderId",
                table: "DirectoryAudits",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_LocalAuthorityId",
                table: "Placements",
                column: "LocalAuthorityId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_ProviderId_Status",
                table: "Placements",
                columns: new[] { "ProviderId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_PupilId",
                table: "Placements",
                column: "PupilId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_ReferralId",
                table: "Placements",
                column: "ReferralId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Placements_SchoolId_Status",
                table: "Placements",
                columns: new[] { "SchoolId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ProviderReports_PlacementId_Term",
                table: "ProviderReports",
                columns: new[] { "PlacementId", "Term" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Pupils_SchoolId_Upn",
                table: "Pupils",
                columns: new[] { "SchoolId", "Upn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_LocalAuthorityId",
                table: "Referrals",
                column: "LocalAuthorityId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_PupilId",
                table: "Referrals",
                column: "PupilId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_SchoolId_Status",
                table: "Referrals",
                columns: new[] { "SchoolId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_TrustId",
                table: "Referrals",
                column: "TrustId");

            migrationBuilder.CreateIndex(
                name: "IX_Suspensions_PupilId",
                table: "Suspensions",
                column: "PupilId");

            migrationBuilder.CreateIndex(
                name: "IX_Suspensions_SchoolId",
                table: "Suspensions",
                column: "SchoolId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DirectoryAudits");

            migrationBuilder.DropTable(
                name: "DirectoryProviders");

            migrationBuilder.DropTable(
                name: "ProviderReports");

            migrationBuilder.DropTable(
                name: "SchoolCalendars");

            migrationBuilder.DropTable(
                name: "Suspensions");

            migrationBuilder.DropTable(
                name: "TrustPolicies");

            migrationBuilder.DropTable(
                name: "Placements");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "Pupils");
        }
    }
}

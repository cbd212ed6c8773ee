using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace APPlatform.Referrals.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class OffSiteDirectionReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "OffSiteDirectionReviewWeeks",
                table: "SchoolCalendars",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewsAskedFor",
                table: "Placements",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OffSiteDirectionReviewWeeks",
                table: "SchoolCalendars");

            migrationBuilder.DropColumn(
                name: "ReviewsAskedFor",
                table: "Placements");
        }
    }
}

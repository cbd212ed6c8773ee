using APPlatform.ServiceDefaults.AccessLog;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace APPlatform.Attendance.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class AccessLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.CreateAccessLog();

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropAccessLog();
    }
}
